using System.Security.Claims;
using Commerce.Files;
using Commerce.Onboarding.Domain;
using Commerce.Onboarding.Services;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Onboarding.Api;

/// <summary>
/// <c>/api/onboarding/audit</c>: the auditors' queue and decisions. Each decision names the version the auditor read;
/// of two auditors acting at once one wins and the other gets 409 with the current state in <c>current</c>.
/// </summary>
internal static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/onboarding/audit")
            .WithTags("Onboarding: audit")
            .RequirePermission(OnboardingPermissions.ReviewApplications)
            .WithConflictState((context, conflict) => CurrentApplication.LoadAsync(context, conflict, forAuditor: true))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/", QueueAsync).WithName("AuditQueue").WithSummary("The audit queue, longest waiting first")
            .WithDescription("Filters: status (default: Submitted and UnderReview), industry, region, submittedFrom, submittedTo (ISO 8601), waitingHours (submitted at least that many hours ago); page (from 1) and pageSize (1–100).");
        api.MapGet("/{id:guid}", GetAsync).WithName("AuditApplication").WithSummary("An application with every verdict and its timeline");
        api.MapGet("/{id:guid}/files/{sha256}", DownloadAsync).WithName("AuditApplicationFile").WithSummary("A file uploaded to the application");
        api.MapPost("/{id:guid}/review", (Guid id, VersionInput input, ClaimsPrincipal user, AuditService audit, ApplicationViews views, CancellationToken ct)
                => DecideAsync(input.Version, views, ct, v => audit.StartReviewAsync(Caller.Actor(user), id, v, ct)))
            .WithName("StartReview").WithSummary("Take a submitted application into review");
        api.MapPost("/{id:guid}/verdicts", VerdictsAsync).WithName("RecordVerdicts").WithSummary("Accept or reject fields and documents")
            .WithDescription("Items are {step}.{field} or document:{requirementKey}; a rejection needs a reason. A later verdict on an item in the same round replaces the earlier.");
        api.MapPost("/{id:guid}/request-changes", (Guid id, DecisionInput input, ClaimsPrincipal user, AuditService audit, ApplicationViews views, CancellationToken ct)
                => DecideAsync(input.Version, views, ct, v => audit.RequestChangesAsync(Caller.Actor(user), id, v, input.Reason, ct)))
            .WithName("RequestChanges").WithSummary("Send the rejected items back to the applicant")
            .WithDescription("Needs at least one rejected item in this round; refused (409 rounds-exhausted) once the tenant's limit of rounds is reached.");
        api.MapPost("/{id:guid}/approve", (Guid id, ApprovalInput input, ClaimsPrincipal user, AuditService audit, ApplicationViews views, CancellationToken ct)
                => DecideAsync(input.Version, views, ct, v => audit.ApproveAsync(Caller.Actor(user), id, v, string.IsNullOrWhiteSpace(input.GradeId) ? null : input.GradeId.Trim(), input.Reason, ct)))
            .WithName("ApproveApplication").WithSummary("Approve: registers the merchant with the chosen grade and hands verified documents to Qualifications");
        api.MapPost("/{id:guid}/reject", (Guid id, DecisionInput input, ClaimsPrincipal user, AuditService audit, ApplicationViews views, CancellationToken ct)
                => DecideAsync(input.Version, views, ct, v => audit.RejectAsync(Caller.Actor(user), id, v, input.Reason, ct)))
            .WithName("RejectApplication").WithSummary("Reject, with a reason");
    }

    private static async Task<IResult> QueueAsync(
        AuditService audit, CancellationToken ct, string? status = null, string? industry = null, string? region = null,
        string? submittedFrom = null, string? submittedTo = null, double? waitingHours = null, int? page = null, int? pageSize = null)
    {
        var errors = new Dictionary<string, string[]>();
        ApplicationStatus? parsedStatus = null;
        if (status is not null)
        {
            if (Enum.TryParse<ApplicationStatus>(status, ignoreCase: true, out var s) && !int.TryParse(status, out _))
            {
                parsedStatus = s;
            }
            else
            {
                errors["status"] = [$"One of: {string.Join(", ", Enum.GetNames<ApplicationStatus>())}."];
            }
        }

        var from = Date(submittedFrom, "submittedFrom", errors);
        var to = Date(submittedTo, "submittedTo", errors);
        if (waitingHours is < 0 or > 24 * 366)
        {
            errors["waitingHours"] = ["Between 0 and 8784 hours."];
        }

        if (page is < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (pageSize is < 1 or > AuditQueueFilter.MaxPageSize)
        {
            errors["pageSize"] = [$"Between 1 and {AuditQueueFilter.MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var filter = new AuditQueueFilter(parsedStatus, industry, region, from, to, waitingHours is { } h ? TimeSpan.FromHours(h) : null, page ?? 1, pageSize ?? 20);
        return TypedResults.Ok(await audit.QueueAsync(filter, ct));
    }

    private static DateTimeOffset? Date(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date))
        {
            return date.ToUniversalTime();
        }

        errors[name] = ["An ISO 8601 date or time."];
        return null;
    }

    private static async Task<Ok<ApplicationView>> GetAsync(Guid id, AuditService audit, ApplicationViews views, CancellationToken ct)
        => TypedResults.Ok(await views.BuildAsync(await audit.FindAsync(id, ct), true, ct));

    private static async Task<IResult> DownloadAsync(Guid id, string sha256, AuditService audit, IFileStore files, CancellationToken ct)
        => await FileDownload.SendAsync(await audit.FindAsync(id, ct), sha256, files, ct);

    private static async Task<IResult> VerdictsAsync(Guid id, VerdictsInput input, ClaimsPrincipal user, AuditService audit, ApplicationViews views, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var verdicts = input.Verdicts ?? [];
        for (var i = 0; i < verdicts.Count; i++)
        {
            if (verdicts[i]?.Accepted is null)
            {
                errors[$"verdicts[{i}].accepted"] = ["Say whether the item is accepted."];
            }
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        return await DecideAsync(input.Version, views, ct, v => audit.RecordVerdictsAsync(
            Caller.Actor(user), id, v, [.. verdicts.Select(x => (x.Item?.Trim() ?? "", x.Accepted!.Value, x.Reason))], ct));
    }

    private static async Task<IResult> DecideAsync(int? version, ApplicationViews views, CancellationToken ct, Func<int, Task<MerchantApplication>> decide)
    {
        if (version is not { } v)
        {
            return ProblemResults.Field("version", "Send the version you last read.");
        }

        return TypedResults.Ok(await views.BuildAsync(await decide(v), true, ct));
    }
}
