using Commerce.Display.Api;
using Commerce.Display.Files;
using Commerce.Display.Localization;
using Commerce.Display.Rendering;
using Commerce.Display.Security;
using Commerce.Display.Templates;
using Commerce.Display.Themes;
using Commerce.Display.ZoneContributors;
using Commerce.Hosting.Shells;
using Commerce.Modules;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;

namespace Commerce.Display;

/// <summary>
/// The display layer of every shell: the page renderer and its theme lookup, string tables and the culture
/// of each request, zones for the menus and the language switcher, theme assets at <c>/themes/{id}/</c>,
/// security headers, and the themes API.
/// </summary>
public sealed class DisplayStartup : ModuleStartup
{
    /// <summary>First, so its headers and culture cover what every other feature adds.</summary>
    public override int Order => -1000;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(sp => new DisplayOptions
        {
            UseSourceFiles = sp.GetRequiredService<IConfiguration>().GetValue<bool?>("Commerce:Display:UseSourceFiles")
                ?? sp.GetRequiredService<IHostEnvironment>().IsDevelopment(),
        });
        services.AddSingleton(sp => DisplaySources.Create(sp.GetRequiredService<ShellBlueprint>(), sp.GetRequiredService<DisplayOptions>()));
        services.AddSingleton(sp => DisplaySettings.From(sp.GetRequiredService<ShellBlueprint>().Settings));
        services.AddSingleton(sp => new StringTables(sp.GetRequiredService<DisplaySources>(), sp.GetRequiredService<DisplayOptions>().UseSourceFiles));
        services.AddSingleton(LiquidTemplateCache.Shared);
        services.AddSingleton<LiquidDisplay>();
        services.AddSingleton<IPageRenderer, PageRenderer>();

        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(DisplayStartup)));
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));

        services.AddScoped<IZoneContributor, StorefrontNavigationZone>();
        services.AddScoped<IZoneContributor, AdminMenuZone>();
        services.AddScoped<IZoneContributor, LanguageSwitcherZone>();
        services.AddScoped<ThemeService>();
        services.AddScoped<IThemeCatalog>(sp => sp.GetRequiredService<ThemeService>());
        services.AddSingleton<IPermissionProvider, DisplayPermissions>();
    }

    public override void ConfigurePipelineStart(IApplicationBuilder app)
    {
        // First in the pipeline, so 404s, problem details and authentication challenges carry the headers too.
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<CultureMiddleware>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {

        var sourceFiles = services.GetRequiredService<DisplayOptions>().UseSourceFiles;
        foreach (var theme in services.GetRequiredService<DisplaySources>().Themes)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = "/themes/" + theme.Id,
                FileProvider = new SubFileProvider(theme.Files, "wwwroot"),
                ContentTypeProvider = new FileExtensionContentTypeProvider(),
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = CacheControl(file.Context.Request, sourceFiles),
            });
        }

        routes.MapCultureSwitch();
        routes.MapThemesApi();
    }

    /// <summary>
    /// Versioned asset URLs (<c>asset_url</c> adds <c>?v=</c>, which changes with the file) are cached for a year;
    /// bare ones for an hour; with source files (Development) the browser revalidates every time.
    /// </summary>
    internal static string CacheControl(HttpRequest request, bool sourceFiles)
        => sourceFiles ? "no-cache"
            : request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
}
