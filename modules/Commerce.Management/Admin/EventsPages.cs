using Commerce.Display;
using Commerce.Hosting.Events;
using Commerce.Navigation;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Management.Admin;

/// <summary><c>/admin/events</c>: each consumer's cursor and lag, and the parked events with a Retry button.</summary>
internal static class EventsPages
{
    public const string Path = "/admin/events";

    public static void MapEventsPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup(Path).RequirePermission(ManagementPermissions.ManageEvents).ExcludeFromDescription();
        pages.MapGet("/", (HttpContext context, EventStreamMonitor monitor, IPageRenderer renderer, IStringLocalizer text)
            => RenderAsync(context, monitor, renderer, text, context.Request.Query["retried"].ToString() is { Length: > 0 } r ? text["Event {0} was handled.", r].Value : null, null, StatusCodes.Status200OK));
        pages.MapPost("/retry", RetryAsync);
    }

    private static async Task<IResult> RetryAsync(HttpContext context, EventDispatcher dispatcher, EventStreamMonitor monitor, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        if (!long.TryParse(form["sequence"], out var sequence) || form["consumer"].ToString() is not { Length: > 0 } consumer)
        {
            return await RenderAsync(context, monitor, renderer, text, null, text["Choose a parked event to retry."], StatusCodes.Status400BadRequest);
        }

        var outcome = await dispatcher.RetryParkedAsync(consumer, form["node"].ToString(), sequence, context.RequestAborted);
        return outcome == ParkedRetry.Handled
            ? PageForms.SeeOther(context, $"{Path}?retried={sequence}")
            : await RenderAsync(context, monitor, renderer, text, null, outcome switch
            {
                ParkedRetry.FailedAgain => text["Event {0} failed again; it stays parked.", sequence],
                ParkedRetry.OtherNode => text["Event {0} was parked by another host process; retry it there.", sequence],
                _ => text["Event {0} is not parked.", sequence],
            }, StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, EventStreamMonitor monitor, IPageRenderer renderer, IStringLocalizer text, string? notice, string? error, int status)
    {
        var report = await monitor.ReportAsync(context.RequestAborted);
        var model = new
        {
            report.Head,
            report.Oldest,
            Consumers = report.Consumers.Select(c => new
            {
                c.Name, Kind = c.Kind.ToString().ToLowerInvariant(), c.Node, c.Position, c.Lag, c.Paused, c.Attempts, c.LastError,
            }).ToList(),
            Parked = report.Parked,
            Notice = notice,
            Error = error,
            Antiforgery = PageForms.Token(context),
        };
        return await renderer.PageAsync("Management/Events", model, new PageOptions(text["Events"], PageAudience.Admin, status), context.RequestAborted);
    }
}

/// <summary>The Events page in the admin menu.</summary>
internal sealed class EventsNavigation : IAdminNavigationProvider
{
    public IEnumerable<AdminNavigationItem> GetItems() => [new("Events", EventsPages.Path, 90, ManagementPermissions.ManageEvents.Name)];
}
