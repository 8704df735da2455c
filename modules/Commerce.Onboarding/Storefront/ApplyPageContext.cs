using System.Reflection;
using Commerce.Display;
using Commerce.Onboarding.Api;
using Commerce.Onboarding.Domain;
using Commerce.Onboarding.Services;
using Commerce.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Commerce.Onboarding.Storefront;

/// <summary>
/// What every applicant page needs: the signed-in applicant, its application, rendering with the form token, and the
/// post-redirect-get of a change with its errors shown next to the fields (or the current state after a conflict).
/// </summary>
internal sealed class ApplyPageContext
{
    private readonly HttpContext _context;
    private MerchantApplication? _application;
    private bool _loaded;

    private ApplyPageContext(HttpContext context) => _context = context;

    public string UserId => Caller.UserId(_context.User) ?? "";

    /// <summary>Status → the words the timeline shows (translated in the templates).</summary>
    public static readonly IReadOnlyDictionary<string, string> Statuses = Enum.GetNames<ApplicationStatus>().ToDictionary(s => s, Events.TransitionNotices.StatusText);

    public static ValueTask<ApplyPageContext?> BindAsync(HttpContext context, ParameterInfo parameter) => ValueTask.FromResult<ApplyPageContext?>(new ApplyPageContext(context));

    public static string QualificationsStep(ApplicationView view) => view.Steps.FirstOrDefault(s => s.Kind == "qualifications")?.Key ?? view.Steps[^1].Key;

    public static string ReviewStep(ApplicationView view) => view.Steps.LastOrDefault(s => s.Kind == "review")?.Key ?? view.Steps[^1].Key;

    /// <summary>The signed-in user's application in progress (or its latest), or null.</summary>
    public async Task<MerchantApplication?> ApplicationAsync(CancellationToken ct)
    {
        if (!_loaded && Caller.UserId(_context.User) is { } userId)
        {
            _application = await Service<ApplicationRepository>().LatestOfAsync(userId, ct) is { } latest
                ? await Service<ApplicationRepository>().FindAsync(latest.Id, ct)
                : null;
        }

        _loaded = true;
        return _application;
    }

    public async Task<IResult> RenderLandingAsync(ApplicationMode mode, string? invitedCompany, string? invitation, CancellationToken ct)
    {
        var signedIn = Caller.UserId(_context.User) is not null;
        var returnUrl = _context.Request.Path.Value ?? "/apply";
        var model = new
        {
            Mode = mode.ToString(),
            InvitedCompany = invitedCompany,
            Invitation = invitation,
            SignedIn = signedIn,
            SignInHref = "/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl),
            SignUpHref = "/account/sign-up?returnUrl=" + Uri.EscapeDataString(returnUrl),
            Antiforgery = PageForms.Token(_context),
        };
        return await Service<IPageRenderer>().PageAsync("Onboarding/Apply", model, new PageOptions(Service<IStringLocalizer>()["Open a shop"]), ct);
    }

    public object Model(ApplicationView view, string? stepKey, IReadOnlyDictionary<string, string>? errors, string? formError)
    {
        var index = stepKey is null ? -1 : view.Steps.ToList().FindIndex(s => s.Key == stepKey);
        return new
        {
            Application = view,
            Step = index >= 0 ? view.Steps[index] : null,
            Previous = index > 0 ? view.Steps[index - 1].Key : null,
            Editable = view.Status is nameof(ApplicationStatus.Draft) or nameof(ApplicationStatus.ChangesRequested),
            Errors = errors ?? new Dictionary<string, string>(),
            FormError = formError,
            Missing = view.Missing.Select(m => new { Item = m.Key, Message = m.Value[0] }).ToList(),
            Statuses,
            Antiforgery = PageForms.Token(_context),
        };
    }

    public async Task<IResult> RenderStepAsync(ApplicationView view, string stepKey, IReadOnlyDictionary<string, string>? errors, int status, CancellationToken ct, string? formError = null)
    {
        var step = view.Steps.First(s => s.Key == stepKey);
        var template = step.Kind switch
        {
            "qualifications" => "Onboarding/Documents",
            "review" => "Onboarding/Review",
            _ => "Onboarding/Step",
        };
        var text = Service<IStringLocalizer>();
        return await Service<IPageRenderer>().PageAsync(template, Model(view, stepKey, errors, formError), new PageOptions(text[step.Title], PageAudience.Storefront, status), ct);
    }

    /// <summary>
    /// Runs a change posted from a step page: checks the form token and the version the page was rendered with, then
    /// redirects where <paramref name="change"/> says, or shows the step again with the refusal (400) or the current
    /// state after someone else's change (409).
    /// </summary>
    public async Task<IResult> ChangeAsync(
        Func<ApplicationView, string> errorStep,
        Func<MerchantApplication, ApplicationView, IFormCollection, Task<string>> change,
        CancellationToken ct)
    {
        if (await PageForms.ReadAsync(_context) is not { } form)
        {
            return await PageForms.ExpiredAsync(_context, PageAudience.Storefront);
        }

        if (await ApplicationAsync(ct) is not { } application)
        {
            return PageForms.SeeOther(_context, "/apply");
        }

        var views = Service<ApplicationViews>();
        var view = await views.BuildAsync(application, false, ct);
        if (!int.TryParse(form["version"], out var version) || version != application.Version)
        {
            return await RenderStepAsync(view, errorStep(view), null, StatusCodes.Status409Conflict, ct, "This application changed in another window; here is its current state.");
        }

        try
        {
            return PageForms.SeeOther(_context, await change(application, view, form));
        }
        catch (ApplicationConflictException)
        {
            return await RenderAgainAsync(errorStep, null, StatusCodes.Status409Conflict, "This application changed in another window; here is its current state.", form, ct);
        }
        catch (ApplicationRuleException rule)
        {
            var status = ProblemResults.StatusOf(rule.Kind);
            return await RenderAgainAsync(errorStep, ApplyForm.FieldErrors(rule.Errors), status, rule.Message, form, ct);
        }
    }

    private async Task<IResult> RenderAgainAsync(Func<ApplicationView, string> errorStep, IReadOnlyDictionary<string, string>? errors, int status, string message, IFormCollection form, CancellationToken ct)
    {
        var repository = Service<ApplicationRepository>();
        var current = await repository.FindAsync(_application!.Id, ct) ?? _application;
        var view = await Service<ApplicationViews>().BuildAsync(current, false, ct);
        var stepKey = errorStep(view);
        if (status == StatusCodes.Status400BadRequest && view.Steps.First(s => s.Key == stepKey) is { Kind: "form" } step)
        {
            // Show what the applicant typed, not what is stored, next to the errors.
            var posted = ApplyForm.Values(step, form);
            var shown = step with { Fields = [.. step.Fields.Select(f => posted.TryGetValue(f.Key, out var v) ? f with { Values = v } : f)] };
            view = view with { Steps = [.. view.Steps.Select(s => s.Key == stepKey ? shown : s)] };
        }

        return await RenderStepAsync(view, stepKey, errors, status, ct, message);
    }

    private T Service<T>()
        where T : notnull => _context.RequestServices.GetRequiredService<T>();
}
