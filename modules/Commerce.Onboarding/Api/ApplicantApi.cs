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
/// <c>/api/onboarding/applications</c>: the applicant's own application. Every change carries the version last read;
/// refusals are problem details and change nothing.
/// </summary>
internal static class ApplicantApi
{
    public static void MapApplicantApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/onboarding/applications")
            .WithTags("Onboarding: applicants")
            .RequirePermission(OnboardingPermissions.ApplyForShop)
            .WithConflictState((context, conflict) => CurrentApplication.LoadAsync(context, conflict, forAuditor: false))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/", StartAsync).WithName("StartApplication").WithSummary("Start an application")
            .WithDescription("Starts in the tenant's current mode. While onboarding is hidden only an invitation token lets a new applicant in (403 onboarding-closed otherwise). One application in progress per user (409 application-exists).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/mine", MineAsync).WithName("GetMyApplication").WithSummary("The caller's application in progress, or its latest");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetApplication").WithSummary("An application with its steps, documents, what is missing and its timeline");
        api.MapPut("/{id:guid}/steps/{step}", SaveStepAsync).WithName("SaveApplicationStep").WithSummary("Save one step's fields")
            .WithDescription("Fields not sent keep their values; null clears one. After a request for changes only flagged fields may change.");
        api.MapPut("/{id:guid}/documents/{requirementKey}", SaveDocumentAsync).WithName("SaveApplicationDocument").WithSummary("Save the document for one requirement")
            .WithDescription("The requirement comes from the Qualifications requirement set for the chosen categories, brands and answers; the document type must be one of its alternatives and carry what that type requires.");
        api.MapPost("/{id:guid}/files", UploadAsync).WithName("UploadApplicationFile").WithSummary("Upload a file (PDF, JPEG, PNG or WebP, judged by content)")
            .WithDescription("multipart/form-data with the file in a field named file; at most 10 MB.");
        api.MapGet("/{id:guid}/files/{sha256}", DownloadAsync).WithName("DownloadApplicationFile").WithSummary("A file uploaded to the application");
        api.MapPost("/{id:guid}/submit", SubmitAsync).WithName("SubmitApplication").WithSummary("Submit, or resubmit after changes")
            .WithDescription("400 incomplete with the missing items when something required is missing. Quick individual applications may be approved at once.");
    }

    private static async Task<IResult> StartAsync(StartApplicationInput? input, ClaimsPrincipal user, ApplicantService applicants, ApplicationViews views, HttpContext context, CancellationToken ct)
    {
        if (Caller.UserId(user) is not { } userId)
        {
            return ProblemResults.Refused(StatusCodes.Status403Forbidden, "not-a-user", "Applications are made by signed-in users, not with the API key.");
        }

        var application = await applicants.StartAsync(userId, string.IsNullOrWhiteSpace(input?.Invitation) ? null : input.Invitation.Trim(), ct);
        return TypedResults.Created($"{context.Request.PathBase}/api/onboarding/applications/{application.Id}", await views.BuildAsync(application, false, ct));
    }

    private static async Task<IResult> MineAsync(ClaimsPrincipal user, ApplicationRepository applications, ApplicationViews views, CancellationToken ct)
    {
        if (Caller.UserId(user) is not { } userId)
        {
            return ProblemResults.Refused(StatusCodes.Status403Forbidden, "not-a-user", "Applications are made by signed-in users, not with the API key.");
        }

        return await applications.LatestOfAsync(userId, ct) is { } application
            ? TypedResults.Ok(await views.BuildAsync(application, false, ct))
            : throw new ApplicationNotFoundException();
    }

    private static async Task<Ok<ApplicationView>> GetAsync(Guid id, ClaimsPrincipal user, ApplicantService applicants, ApplicationViews views, CancellationToken ct)
        => TypedResults.Ok(await views.BuildAsync(await applicants.OwnAsync(Caller.UserId(user) ?? "", id, ct), false, ct));

    private static async Task<IResult> SaveStepAsync(Guid id, string step, SaveStepInput input, ClaimsPrincipal user, ApplicantService applicants, ApplicationViews views, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Version is null)
        {
            errors["version"] = ["Send the version you last read."];
        }

        if (input.Values is null)
        {
            errors["values"] = ["Send the step's values."];
        }

        var values = input.Values is null ? null : FieldValues.TryRead(input.Values, errors);
        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var application = await applicants.SaveStepAsync(Caller.UserId(user) ?? "", id, step, values!, input.Version!.Value, ct);
        return TypedResults.Ok(await views.BuildAsync(application, false, ct));
    }

    private static async Task<IResult> SaveDocumentAsync(Guid id, string requirementKey, SaveDocumentInput input, ClaimsPrincipal user, ApplicantService applicants, ApplicationViews views, CancellationToken ct)
    {
        if (input.Version is not { } version)
        {
            return ProblemResults.Field("version", "Send the version you last read.");
        }

        if (string.IsNullOrWhiteSpace(input.DocumentType))
        {
            return ProblemResults.Field("documentType", "Required.");
        }

        var document = new DocumentEntry(requirementKey, input.DocumentType.Trim(), null, input.Number?.Trim(), input.IssuedOn, input.ExpiresOn, input.IssuingAuthority?.Trim(), input.Files ?? []);
        var application = await applicants.SaveDocumentAsync(Caller.UserId(user) ?? "", id, document, version, ct);
        return TypedResults.Ok(await views.BuildAsync(application, false, ct));
    }

    private static async Task<IResult> UploadAsync(Guid id, HttpContext context, ClaimsPrincipal user, ApplicantService applicants, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            return ProblemResults.Field("file", "Send the file as multipart/form-data in a field named file.");
        }

        var form = await context.Request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return ProblemResults.Field("file", "Send the file as multipart/form-data in a field named file.");
        }

        if (file.Length > ApplicantService.MaxUploadBytes)
        {
            return ProblemResults.Field("file", $"At most {ApplicantService.MaxUploadBytes / 1024 / 1024} MB.");
        }

        await using var content = file.OpenReadStream();
        var (application, stored) = await applicants.UploadAsync(Caller.UserId(user) ?? "", id, content, file.FileName, ct);
        return TypedResults.Created(
            $"{context.Request.PathBase}/api/onboarding/applications/{id}/files/{stored.Sha256}",
            new UploadView(stored.Sha256, stored.Kind, stored.Length, stored.FileName, application.Version));
    }

    private static async Task<IResult> DownloadAsync(Guid id, string sha256, ClaimsPrincipal user, ApplicantService applicants, IFileStore files, CancellationToken ct)
    {
        var application = await applicants.OwnAsync(Caller.UserId(user) ?? "", id, ct);
        return await FileDownload.SendAsync(application, sha256, files, ct);
    }

    private static async Task<IResult> SubmitAsync(Guid id, VersionInput input, ClaimsPrincipal user, ApplicantService applicants, ApplicationViews views, CancellationToken ct)
    {
        if (input.Version is not { } version)
        {
            return ProblemResults.Field("version", "Send the version you last read.");
        }

        var application = await applicants.SubmitAsync(Caller.UserId(user) ?? "", id, version, ct);
        return TypedResults.Ok(await views.BuildAsync(application, false, ct));
    }
}
