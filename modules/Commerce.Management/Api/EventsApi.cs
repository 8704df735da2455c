using Commerce.Hosting.Events;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Management.Api;

/// <summary>The tenant's event stream: <c>/api/events</c>.</summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/events").WithTags("Events").RequirePermission(ManagementPermissions.ManageEvents);

        api.MapGet("/consumers", async (EventStreamMonitor monitor, CancellationToken ct) => TypedResults.Ok(EventStreamDto.From(await monitor.ReportAsync(ct))))
            .WithName("ListEventConsumers")
            .WithSummary("Event consumers, their lag and parked events")
            .WithDescription("The newest and oldest stored sequence; every consumer of the enabled features with its cursor, how many of its events wait, whether it waits for a disabled feature, and the error it is retrying; every parked event with its last error.");

        api.MapPost("/consumers/{consumer}/parked/{sequence:long}/retry", RetryAsync)
            .WithName("RetryParkedEvent")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Retry a parked event")
            .WithDescription("Hands the parked event to its consumer's handler again, in the process that answers. On success the event is no longer parked; when it fails again the answer is 409 with the error, and it stays parked. A node consumer's event can only be retried by the process that parked it (`node`).");

        return api;
    }

    private static async Task<Results<Ok<RetryDto>, ProblemHttpResult>> RetryAsync(
        string consumer, long sequence, string? node, EventDispatcher dispatcher, CancellationToken ct)
    {
        var outcome = await dispatcher.RetryParkedAsync(consumer, node ?? "", sequence, ct);
        return outcome switch
        {
            ParkedRetry.Handled => TypedResults.Ok(new RetryDto(consumer, sequence, "handled")),
            ParkedRetry.NoSuchConsumer => ProblemResults.NotFound("No such consumer", $"No enabled feature declares the event consumer '{consumer}'."),
            ParkedRetry.NotParked => ProblemResults.NotFound("Not parked", $"Consumer '{consumer}' has no parked event {sequence}."),
            ParkedRetry.OtherNode => ProblemResults.Conflict("Parked by another process", "A node consumer's event is retried by the host process that parked it."),
            _ => ProblemResults.Conflict("The handler failed again", "The event stays parked; the consumer's parked list shows the error."),
        };
    }
}

/// <summary>The event stream as the API shows it.</summary>
public sealed record EventStreamDto(long Head, long? Oldest, string Node, IReadOnlyList<EventConsumerDto> Consumers, IReadOnlyList<ParkedEventReport> Parked)
{
    public static EventStreamDto From(EventStreamReport report) => new(
        report.Head, report.Oldest, report.Node,
        [.. report.Consumers.Select(c => new EventConsumerDto(
            c.Name, c.Kind.ToString().ToLowerInvariant(), c.Node, c.Position, c.Lag, c.Paused, c.Attempts, c.LastError, c.LeaseOwner, c.LeaseUntilUtc, c.Types))],
        report.Parked);
}

/// <summary>One consumer's cursor; <c>kind</c> is <c>cluster</c> or <c>node</c>.</summary>
public sealed record EventConsumerDto(
    string Name, string Kind, string? Node, long Position, long Lag, bool Paused, int Attempts, string? LastError, string? LeaseOwner, DateTimeOffset? LeaseUntilUtc,
    IReadOnlyList<string> Types);

/// <summary>The outcome of a retry.</summary>
public sealed record RetryDto(string Consumer, long Sequence, string Outcome);
