using System.Security.Claims;
using Commerce.Display;
using Commerce.Onboarding.Api;
using Commerce.Onboarding.Domain;
using Commerce.Onboarding.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Onboarding.Storefront;

/// <summary>
/// The applicant's pages under <c>/apply</c>. None is marked <c>AsStorefrontEntry</c>: while onboarding is hidden the
/// landing page turns away people without an application (404) itself, so applicants in progress can still continue
/// and follow their progress, and invitation links keep working.
/// </summary>
internal static class ApplyPages
{
    public static void MapApplyPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/apply", LandingAsync).ExcludeFromDescription();
        routes.MapGet("/apply/invite/{token}", InviteAsync).ExcludeFromDescription();
        var pages = routes.MapGroup("apply").RequirePermission(OnboardingPermissions.ApplyForShop).ExcludeFromDescription();
        pages.MapPost("/start", StartAsync);
        pages.MapGet("/progress", ProgressAsync);
        pages.MapGet("/steps/{step}", StepAsync);
        pages.MapPost("/steps/{step}", SaveStepAsync);
        pages.MapPost("/documents/{requirementKey}", SaveDocumentAsync);
        pages.MapPost("/submit", SubmitAsync);
    }

    private static async Task<IResult> LandingAsync(HttpContext context, ApplyPageContext page, OnboardingVisibility visibility, SettingsStore settings, CancellationToken ct)
    {
        if (await page.ApplicationAsync(ct) is not null)
        {
            return PageForms.SeeOther(context, "/apply/progress");
        }

        return visibility.AcceptsNewApplicants
            ? await page.RenderLandingAsync((await settings.GetAsync(ct)).Mode, null, null, ct)
            : TypedResults.NotFound();
    }

    private static async Task<IResult> InviteAsync(string token, HttpContext context, ApplyPageContext page, Invitations invitations, SettingsStore settings, CancellationToken ct)
    {
        if (await page.ApplicationAsync(ct) is not null)
        {
            return PageForms.SeeOther(context, "/apply/progress");
        }

        return await invitations.FindUsableAsync(token, ct) is { } invitation
            ? await page.RenderLandingAsync((await settings.GetAsync(ct)).Mode, invitation.CompanyName, token, ct)
            : TypedResults.NotFound();
    }

    private static async Task<IResult> StartAsync(HttpContext context, ClaimsPrincipal user, ApplicantService applicants, ApplicationViews views, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Storefront);
        }

        var invitation = string.IsNullOrWhiteSpace(form["invitation"]) ? null : form["invitation"].ToString();
        try
        {
            var application = await applicants.StartAsync(Caller.UserId(user) ?? "", invitation, ct);
            var view = await views.BuildAsync(application, false, ct);
            return PageForms.SeeOther(context, $"/apply/steps/{view.Steps[0].Key}");
        }
        catch (ApplicationRuleException rule) when (rule.Code == OnboardingProblemCodes.ApplicationExists)
        {
            return PageForms.SeeOther(context, "/apply/progress");
        }
        catch (ApplicationRuleException rule) when (rule.Code is OnboardingProblemCodes.OnboardingClosed or OnboardingProblemCodes.InvalidInvitation)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<IResult> ProgressAsync(HttpContext context, ApplyPageContext page, ApplicationViews views, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await page.ApplicationAsync(ct) is not { } application)
        {
            return PageForms.SeeOther(context, "/apply");
        }

        var view = await views.BuildAsync(application, false, ct);
        return await pages.PageAsync("Onboarding/Progress", page.Model(view, null, null, null), new PageOptions(text["Your application"]), ct);
    }

    private static async Task<IResult> StepAsync(string step, HttpContext context, ApplyPageContext page, ApplicationViews views, CancellationToken ct)
    {
        if (await page.ApplicationAsync(ct) is not { } application)
        {
            return PageForms.SeeOther(context, "/apply");
        }

        var view = await views.BuildAsync(application, false, ct);
        if (!ApplicationStateMachine.IsEditable(application.Status) || view.Steps.All(s => s.Key != step))
        {
            return PageForms.SeeOther(context, "/apply/progress");
        }

        return await page.RenderStepAsync(view, step, null, StatusCodes.Status200OK, ct);
    }

    private static Task<IResult> SaveStepAsync(string step, HttpContext context, ApplyPageContext page, ApplicantService applicants, CancellationToken ct)
        => page.ChangeAsync(_ => step, async (application, view, form) =>
        {
            var stepView = view.Steps.FirstOrDefault(s => s.Key == step && s.Kind == "form")
                ?? throw new ApplicationRuleException(ApplicationRules.Validation, "There is no such step.");
            var values = ApplyForm.Values(stepView, form);
            var version = application.Version;
            foreach (var field in stepView.Fields.Where(f => f.Type == "file"))
            {
                if (form.Files.GetFile(field.Key) is { Length: > 0 } file)
                {
                    await using var content = file.OpenReadStream();
                    var (uploaded, stored) = await applicants.UploadAsync(page.UserId, application.Id, content, file.FileName, ct);
                    values[field.Key] = [stored.Sha256];
                    version = uploaded.Version;
                }
            }

            await applicants.SaveStepAsync(page.UserId, application.Id, step, values, version, ct);
            var next = view.Steps.SkipWhile(s => s.Key != step).Skip(1).FirstOrDefault();
            return next is null ? "/apply/progress" : $"/apply/steps/{next.Key}";
        }, ct);

    private static Task<IResult> SaveDocumentAsync(string requirementKey, HttpContext context, ApplyPageContext page, ApplicantService applicants, CancellationToken ct)
        => page.ChangeAsync(ApplyPageContext.QualificationsStep, async (application, view, form) =>
        {
            var files = new List<string>();
            var version = application.Version;
            foreach (var file in form.Files.GetFiles("files").Where(f => f.Length > 0))
            {
                await using var content = file.OpenReadStream();
                var (uploaded, stored) = await applicants.UploadAsync(page.UserId, application.Id, content, file.FileName, ct);
                files.Add(stored.Sha256);
                version = uploaded.Version;
            }

            var existing = application.Content.Documents.FirstOrDefault(d => d.RequirementKey == requirementKey);
            var document = new DocumentEntry(
                requirementKey, form["documentType"].ToString(), null, Optional(form["number"]),
                DateOnly.TryParse(form["issuedOn"], out var issued) ? issued : null,
                DateOnly.TryParse(form["expiresOn"], out var expires) ? expires : null,
                Optional(form["issuingAuthority"]),
                files.Count > 0 ? files : existing?.Files ?? []);
            await applicants.SaveDocumentAsync(page.UserId, application.Id, document, version, ct);
            return $"/apply/steps/{ApplyPageContext.QualificationsStep(view)}";
        }, ct);

    private static Task<IResult> SubmitAsync(HttpContext context, ApplyPageContext page, ApplicantService applicants, CancellationToken ct)
        => page.ChangeAsync(ApplyPageContext.ReviewStep, async (application, view, form) =>
        {
            await applicants.SubmitAsync(page.UserId, application.Id, application.Version, ct);
            return "/apply/progress";
        }, ct);

    private static string? Optional(Microsoft.Extensions.Primitives.StringValues value)
        => string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();
}
