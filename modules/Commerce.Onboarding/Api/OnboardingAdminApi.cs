using System.Security.Claims;
using Commerce.Onboarding.Domain;
using Commerce.Onboarding.Services;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Onboarding.Api;

/// <summary><c>/api/onboarding/settings</c>, <c>/steps</c> and <c>/invitations</c>: what admins decide about onboarding.</summary>
internal static class OnboardingAdminApi
{
    public static void MapOnboardingAdminApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/onboarding")
            .WithTags("Onboarding: administration")
            .RequirePermission(OnboardingPermissions.ManageOnboarding)
            .WithConflictState((context, conflict) => CurrentApplication.LoadAsync(context, conflict, forAuditor: true))
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/settings", async (SettingsStore settings, CancellationToken ct) => TypedResults.Ok(View(await settings.GetAsync(ct))))
            .WithName("GetOnboardingSettings").WithSummary("Mode, change round limit, automatic approval of individuals");
        api.MapPut("/settings", SaveSettingsAsync).WithName("SaveOnboardingSettings").WithSummary("Change the settings")
            .WithDescription("mode: Guided or Quick (applications in progress keep theirs); maxChangeRounds: 0–10; autoApproveIndividuals applies to quick mode.");
        api.MapGet("/steps", async (SettingsStore settings, CancellationToken ct) =>
            {
                var current = await settings.GetAsync(ct);
                return TypedResults.Ok(new StepsView(StepInputs.FromDomain(current.Steps), current.Version));
            })
            .WithName("GetOnboardingSteps").WithSummary("The guided steps and their fields, in order");
        api.MapPut("/steps", SaveStepsAsync).WithName("SaveOnboardingSteps").WithSummary("Replace the guided steps")
            .WithDescription("Field types: text, number, date, choice, file, agreement, each with its validation; step kinds: form, qualifications, review.");
        api.MapPost("/invitations", InviteAsync).WithName("CreateInvitation").WithSummary("Invite a company to apply, also while onboarding is hidden")
            .WithDescription("The link (/apply/invite/{token}) is returned once; it is used by one application and expires after expiresInDays (1–90, default 14).");
        api.MapGet("/invitations", async (Invitations invitations, CancellationToken ct) =>
                TypedResults.Ok((await invitations.ListAsync(ct)).Select(i => new InvitationView(i.Id, i.CompanyName, i.Email, i.CreatedUtc, i.ExpiresUtc, i.ApplicationId, null))))
            .WithName("ListInvitations").WithSummary("Invitations, newest first (without their links)");
    }

    private static SettingsView View(OnboardingSettings settings)
        => new(settings.Mode.ToString(), settings.MaxChangeRounds, settings.AutoApproveIndividuals, settings.Version);

    internal static Dictionary<string, string[]> Validate(SettingsInput input, out ApplicationMode mode)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse(input.Mode ?? "", ignoreCase: true, out mode) || int.TryParse(input.Mode, out _))
        {
            errors["mode"] = ["Guided or Quick."];
        }

        if (input.MaxChangeRounds is not (>= 0 and <= OnboardingSettings.MaxRoundsLimit))
        {
            errors["maxChangeRounds"] = [$"Between 0 and {OnboardingSettings.MaxRoundsLimit}."];
        }

        if (input.Version is null)
        {
            errors["version"] = ["Send the version you last read."];
        }

        return errors;
    }

    private static async Task<IResult> SaveSettingsAsync(SettingsInput input, SettingsStore settings, CancellationToken ct)
    {
        var errors = Validate(input, out var mode);
        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var current = await settings.GetAsync(ct);
        var saved = await settings.SaveAsync(current with { Mode = mode, MaxChangeRounds = input.MaxChangeRounds!.Value, AutoApproveIndividuals = input.AutoApproveIndividuals ?? false, Version = input.Version!.Value }, ct);
        return TypedResults.Ok(View(saved));
    }

    private static async Task<IResult> SaveStepsAsync(StepsInput input, SettingsStore settings, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Version is null)
        {
            errors["version"] = ["Send the version you last read."];
        }

        var steps = StepInputs.ToDomain(input.Steps ?? [], errors);
        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var current = await settings.GetAsync(ct);
        var saved = await settings.SaveAsync(current with { Steps = steps, Version = input.Version!.Value }, ct);
        return TypedResults.Ok(new StepsView(StepInputs.FromDomain(saved.Steps), saved.Version));
    }

    private static async Task<IResult> InviteAsync(InvitationInput input, ClaimsPrincipal user, Invitations invitations, HttpContext context, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.CompanyName) || input.CompanyName.Trim().Length > 200)
        {
            errors["companyName"] = ["A company name of at most 200 characters is required."];
        }

        if (input.Email is { } email && (email.Length > 256 || !email.Contains('@', StringComparison.Ordinal)))
        {
            errors["email"] = ["An e-mail address of at most 256 characters."];
        }

        if (input.ExpiresInDays is < 1 or > Invitations.MaxDays)
        {
            errors["expiresInDays"] = [$"Between 1 and {Invitations.MaxDays} days."];
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var (invitation, token) = await invitations.CreateAsync(input.CompanyName!.Trim(), input.Email?.Trim(), input.ExpiresInDays ?? 14, Caller.Actor(user), ct);
        var link = $"{context.Request.PathBase}/apply/invite/{token}";
        return TypedResults.Created(link, new InvitationView(invitation.Id, invitation.CompanyName, invitation.Email, invitation.CreatedUtc, invitation.ExpiresUtc, null, link));
    }
}
