using System.Security.Claims;
using System.Text.Json;
using Commerce.Display;
using Commerce.Onboarding.Api;
using Commerce.Onboarding.Services;
using Commerce.Onboarding.Storefront;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Onboarding.Admin;

/// <summary>
/// <c>/admin/onboarding/settings</c>: the mode, the change round limit and automatic approval; the guided steps as JSON
/// (the same shape as <c>PUT /api/onboarding/steps</c>); invitations.
/// </summary>
internal static class SettingsPages
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerOptions.Web) { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapSettingsPages(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("admin/onboarding/settings").RequirePermission(OnboardingPermissions.ManageOnboarding).ExcludeFromDescription();
        admin.MapGet("/", (HttpContext context, SettingsStore settings, Invitations invitations, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
            => RenderAsync(context, settings, invitations, pages, text, null, null, null, StatusCodes.Status200OK, ct));
        admin.MapPost("/", SaveAsync);
    }

    private static async Task<IResult> SaveAsync(HttpContext context, ClaimsPrincipal user, SettingsStore settings, Invitations invitations, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var current = await settings.GetAsync(ct);
        var errors = new Dictionary<string, string[]>();
        string? link = null;
        var version = int.TryParse(form["version"], out var v) ? v : (int?)null;
        try
        {
            switch (form["form"].ToString())
            {
                case "settings":
                    var input = new SettingsInput(form["mode"], int.TryParse(form["maxChangeRounds"], out var rounds) ? rounds : null, form["autoApproveIndividuals"] == "true", version);
                    errors = OnboardingAdminApi.Validate(input, out var mode);
                    if (errors.Count == 0)
                    {
                        await settings.SaveAsync(current with { Mode = mode, MaxChangeRounds = input.MaxChangeRounds!.Value, AutoApproveIndividuals = input.AutoApproveIndividuals ?? false, Version = version!.Value }, ct);
                    }

                    break;
                case "steps":
                    List<StepInput>? steps = null;
                    try
                    {
                        steps = JsonSerializer.Deserialize<List<StepInput>>(form["steps"].ToString(), JsonSerializerOptions.Web);
                    }
                    catch (JsonException exception)
                    {
                        errors["steps"] = [$"Not valid JSON: {exception.Message}"];
                    }

                    var definitions = errors.Count == 0 ? StepInputs.ToDomain(steps ?? [], errors) : [];
                    if (errors.Count == 0 && version is not null)
                    {
                        await settings.SaveAsync(current with { Steps = definitions, Version = version.Value }, ct);
                    }

                    break;
                case "invitation":
                    var company = form["companyName"].ToString().Trim();
                    if (company.Length is 0 or > 200)
                    {
                        errors["companyName"] = ["A company name of at most 200 characters is required."];
                        break;
                    }

                    var (_, token) = await invitations.CreateAsync(company, string.IsNullOrWhiteSpace(form["email"]) ? null : form["email"].ToString().Trim(), 14, Caller.Actor(user), ct);
                    link = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/apply/invite/{token}";
                    break;
            }
        }
        catch (SettingsConflictException conflict)
        {
            errors["form"] = [conflict.Message];
        }

        if (errors.Count == 0 && link is null)
        {
            return PageForms.SeeOther(context, "/admin/onboarding/settings?saved=1");
        }

        var status = errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return await RenderAsync(context, settings, invitations, pages, text, errors, link, form["steps"], status, ct);
    }

    private static async Task<IResult> RenderAsync(
        HttpContext context, SettingsStore settings, Invitations invitations, IPageRenderer pages, IStringLocalizer text,
        Dictionary<string, string[]>? errors, string? link, string? postedSteps, int status, CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        var model = new
        {
            Mode = current.Mode.ToString(),
            current.MaxChangeRounds,
            current.AutoApproveIndividuals,
            current.Version,
            Steps = postedSteps ?? JsonSerializer.Serialize(StepInputs.FromDomain(current.Steps), Indented),
            Invitations = (await invitations.ListAsync(ct)).Select(i => new { i.CompanyName, i.Email, i.CreatedUtc, i.ExpiresUtc, Used = i.ApplicationId is not null }).ToList(),
            Link = link,
            Saved = context.Request.Query.ContainsKey("saved"),
            Errors = (errors ?? []).Select(e => new { Field = e.Key, Message = e.Value[0] }).ToList(),
            Antiforgery = PageForms.Token(context),
        };
        return await pages.PageAsync("Onboarding/Settings", model, new PageOptions(text["Onboarding settings"], PageAudience.Admin, status), ct);
    }
}
