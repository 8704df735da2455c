using System.Security.Claims;
using Commerce.Display;
using Commerce.Merchants;
using Commerce.Onboarding.Api;
using Commerce.Onboarding.Domain;
using Commerce.Onboarding.Services;
using Commerce.Onboarding.Storefront;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Commerce.Onboarding.Admin;

/// <summary>
/// <c>/admin/onboarding</c>: the audit queue with its filters and paging, and one application with per-item verdicts
/// and the decisions. Every form carries the version shown; a stale one shows the current state (409).
/// </summary>
internal static class AuditPages
{
    public static void MapAuditPages(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("admin/onboarding").RequirePermission(OnboardingPermissions.ReviewApplications).ExcludeFromDescription();
        admin.MapGet("/", QueueAsync);
        admin.MapGet("/{id:guid}", ApplicationAsync);
        admin.MapPost("/{id:guid}/{action}", DecideAsync);
    }

    private static async Task<IResult> QueueAsync(HttpContext context, AuditService audit, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        var query = context.Request.Query;
        var status = Enum.TryParse<ApplicationStatus>(query["status"], out var s) && !int.TryParse(query["status"], out _) ? s : (ApplicationStatus?)null;
        var waiting = double.TryParse(query["waitingHours"], out var hours) && hours is >= 0 and <= 8784 ? TimeSpan.FromHours(hours) : (TimeSpan?)null;
        var from = DateTimeOffset.TryParse(query["submittedFrom"], out var f) ? f : (DateTimeOffset?)null;
        var to = DateTimeOffset.TryParse(query["submittedTo"], out var t) ? t.AddDays(1) : (DateTimeOffset?)null;
        var page = int.TryParse(query["page"], out var p) && p > 0 ? p : 1;
        var filter = new AuditQueueFilter(status, Optional(query["industry"]), Optional(query["region"]), from, to, waiting, page, 20);
        var result = await audit.QueueAsync(filter, ct);
        var baseQuery = string.Join("&", query.Where(q => q.Key != "page" && !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}"));
        var model = new
        {
            Items = result.Items.Select(i => new { i.Id, i.Name, Mode = i.Mode.ToString(), Status = i.Status.ToString(), i.Industry, i.Region, i.ChangeRounds, i.SubmittedUtc, WaitingHours = i.Waiting is { } w ? Math.Floor(w.TotalHours) : (double?)null }).ToList(),
            result.Total,
            Page = page,
            Pages = Math.Max(1, (int)Math.Ceiling(result.Total / 20.0)),
            PreviousHref = page > 1 ? $"/admin/onboarding?{baseQuery}&page={page - 1}" : null,
            NextHref = page * 20 < result.Total ? $"/admin/onboarding?{baseQuery}&page={page + 1}" : null,
            Filter = new { Status = status?.ToString(), Industry = query["industry"].ToString(), Region = query["region"].ToString(), SubmittedFrom = query["submittedFrom"].ToString(), SubmittedTo = query["submittedTo"].ToString(), WaitingHours = query["waitingHours"].ToString() },
            StatusNames = Enum.GetNames<ApplicationStatus>(),
            ApplyPageContext.Statuses,
        };
        return await pages.PageAsync("Onboarding/Queue", model, new PageOptions(text["Applications"], PageAudience.Admin), ct);
    }

    private static async Task<IResult> ApplicationAsync(Guid id, HttpContext context, AuditService audit, ApplicationViews views, CancellationToken ct)
    {
        try
        {
            var view = await views.BuildAsync(await audit.FindAsync(id, ct), true, ct);
            return await RenderAsync(context, view, null, StatusCodes.Status200OK, ct);
        }
        catch (ApplicationNotFoundException)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<IResult> DecideAsync(Guid id, string action, HttpContext context, ClaimsPrincipal user, AuditService audit, ApplicationViews views, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var actor = Caller.Actor(user);
        var version = int.TryParse(form["version"], out var v) ? v : -1;
        var reason = Optional(form["reason"]);
        try
        {
            _ = action switch
            {
                "review" => await audit.StartReviewAsync(actor, id, version, ct),
                "verdict" => await audit.RecordVerdictsAsync(actor, id, version, [(form["item"].ToString(), form["accepted"] == "true", reason)], ct),
                "request-changes" => await audit.RequestChangesAsync(actor, id, version, reason, ct),
                "approve" => await audit.ApproveAsync(actor, id, version, Optional(form["gradeId"]), reason, ct),
                "reject" => await audit.RejectAsync(actor, id, version, reason, ct),
                _ => throw new ApplicationNotFoundException(),
            };
            return PageForms.SeeOther(context, $"/admin/onboarding/{id}");
        }
        catch (ApplicationNotFoundException)
        {
            return TypedResults.NotFound();
        }
        catch (ApplicationConflictException)
        {
            var current = await views.BuildAsync(await audit.FindAsync(id, ct), true, ct);
            return await RenderAsync(context, current, "Someone else changed this application; here is its current state.", StatusCodes.Status409Conflict, ct);
        }
        catch (ApplicationRuleException rule)
        {
            var current = await views.BuildAsync(await audit.FindAsync(id, ct), true, ct);
            var status = rule.Code is ApplicationRules.Validation or ApplicationRules.ReasonRequired ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
            return await RenderAsync(context, current, rule.Message, status, ct);
        }
    }

    private static async Task<IResult> RenderAsync(HttpContext context, ApplicationView view, string? message, int status, CancellationToken ct)
    {
        var services = context.RequestServices;
        var grades = services.GetService<IMerchantRegistry>() is { } registry ? await registry.GradesAsync(ct) : [];
        string? Verdict(string item) => view.Verdicts?.LastOrDefault(x => x.ItemKey == item) is { } x ? (x.Accepted ? "accepted" : "rejected: " + x.Reason) : null;
        var model = new
        {
            Application = view,
            Items = view.Steps.SelectMany(s => s.Fields.Select(f => new { Item = ItemKeys.Field(s.Key, f.Key), Step = s.Title, f.Label, f.Type, Values = f.Values, Verdict = Verdict(ItemKeys.Field(s.Key, f.Key)) }))
                .Concat(view.Requirements.Where(r => r.Document is not null).Select(r => new
                {
                    Item = ItemKeys.Document(r.Key), Step = "Qualifications", Label = r.Alternatives.FirstOrDefault()?.NameEn ?? r.Key, Type = "document",
                    Values = (IReadOnlyList<string>)[r.Document!.DocumentType, r.Document.Number ?? "", .. r.Document.Files], Verdict = Verdict(ItemKeys.Document(r.Key)),
                })).ToList(),
            Grades = grades.Select(g => new { g.Id, g.Name, g.IsDefault }).ToList(),
            Message = message,
            ApplyPageContext.Statuses,
            Antiforgery = PageForms.Token(context),
        };
        var text = services.GetRequiredService<IStringLocalizer>();
        return await services.GetRequiredService<IPageRenderer>().PageAsync("Onboarding/AuditApplication", model, new PageOptions(text["Application"], PageAudience.Admin, status), ct);
    }

    private static string? Optional(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();
}
