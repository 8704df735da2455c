using System.Text.Json;
using Commerce.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Abstractions.Tests;

/// <summary>The endpoint filter answers each kind of refusal with its status and catalogue type, and lets other failures through.</summary>
public sealed class ProblemFilterTests
{
    private sealed class StaleOrder() : ConflictException("The order changed meanwhile.")
    {
        public override string? LegacyCode => "concurrency";
    }

    private sealed class IncompleteOrder(IReadOnlyDictionary<string, string[]> missing)
        : RefusalException(RefusalKind.Invalid, "The order is incomplete.", "incomplete", missing);

    private sealed class OutOfOrder() : RefusalException(RefusalKind.Conflict, "Not now.", "invalid-transition", new Dictionary<string, string[]> { ["items"] = ["Rejected."] });

    public static TheoryData<Exception, int, string> Refusals => new()
    {
        { new InvalidInputException("email", "Required."), 400, ProblemTypes.Validation },
        { new InvalidInputException(new Dictionary<string, string[]> { ["a"] = ["x"], ["b.c"] = ["y"] }), 400, ProblemTypes.Validation },
        { new ConflictException("Changed meanwhile."), 409, ProblemTypes.Conflict },
        { new StaleOrder(), 409, ProblemTypes.Conflict },
        { new NotFoundException("No such order."), 404, ProblemTypes.NotFound },
        { new ForbiddenException("Not yours."), 403, ProblemTypes.Forbidden },
        { new ForbiddenException("Closed.", "onboarding-closed"), 403, "urn:commerce:problem:onboarding-closed" },
        { new IncompleteOrder(new Dictionary<string, string[]> { ["address"] = ["Required."] }), 400, "urn:commerce:problem:incomplete" },
        { new OutOfOrder(), 409, "urn:commerce:problem:invalid-transition" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_thrown_refusal_answers_its_status_and_type(Exception refusal, int status, string type)
    {
        var (actualStatus, problem) = await RunAsync(refusal);

        Assert.Equal(status, actualStatus);
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal(refusal.Message, problem.GetProperty("title").GetString());
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Validation_names_the_fields_in_errors_and_other_kinds_carry_them_as_an_extension()
    {
        var (_, invalid) = await RunAsync(new InvalidInputException(new Dictionary<string, string[]> { ["company.creditCode"] = ["Not a valid code."] }));
        var (_, conflict) = await RunAsync(new OutOfOrder());

        Assert.Equal("Not a valid code.", invalid.GetProperty("errors").GetProperty("company.creditCode")[0].GetString());
        Assert.Equal("Rejected.", conflict.GetProperty("errors").GetProperty("items")[0].GetString());
    }

    [Fact]
    public async Task A_renamed_type_still_answers_as_legacyType_and_the_alias_table_points_at_the_catalogue()
    {
        var (_, stale) = await RunAsync(new StaleOrder());
        var (_, plain) = await RunAsync(new ConflictException("x"));

        Assert.Equal("urn:commerce:problem:concurrency", stale.GetProperty(ProblemTypes.LegacyTypeMember).GetString());
        Assert.False(plain.TryGetProperty(ProblemTypes.LegacyTypeMember, out _));
        Assert.Equal(ProblemTypes.Conflict, ProblemTypes.LegacyAliases["urn:commerce:problem:concurrency"]);
        Assert.Equal(ProblemTypes.Conflict, ProblemTypes.LegacyAliases["urn:commerce:problem:concurrency-conflict"]);
        Assert.All(ProblemTypes.LegacyAliases.Values, t => Assert.Contains(t, new[] { ProblemTypes.Conflict, ProblemTypes.NotFound, ProblemTypes.FormExpired }));
    }

    [Fact]
    public async Task Other_exceptions_are_not_refusals_and_pass_through()
    {
        var context = new DefaultEndpointFilterInvocationContext(new DefaultHttpContext());

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await new ProblemExceptionFilter().InvokeAsync(context, _ => throw new InvalidOperationException("A bug, not a refusal.")));
    }

    [Fact]
    public async Task Endpoints_that_succeed_are_untouched()
    {
        var context = new DefaultEndpointFilterInvocationContext(new DefaultHttpContext());

        Assert.Equal("ok", await new ProblemExceptionFilter().InvokeAsync(context, _ => ValueTask.FromResult<object?>("ok")));
    }

    private static async Task<(int Status, JsonElement Problem)> RunAsync(Exception refusal)
    {
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
        };
        http.Response.Body = new MemoryStream();
        var context = new DefaultEndpointFilterInvocationContext(http);

        var result = await new ProblemExceptionFilter().InvokeAsync(context, _ => throw refusal);
        await Assert.IsAssignableFrom<IResult>(result).ExecuteAsync(http);

        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, JsonDocument.Parse(http.Response.Body).RootElement.Clone());
    }
}
