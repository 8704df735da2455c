using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Benchmarks;

/// <summary>
/// The baseline: a plain ASP.NET Core app on Kestrel with <c>GET /ping</c> answering <c>pong</c>, built the way
/// Commerce.Web builds its app (WebApplication.CreateBuilder, Production, logging off), minus the Commerce host.
/// With <c>shellMiddleware</c> it also runs the middleware a tenant shell runs (exception handler, status code
/// pages, routing, authentication with a header scheme, authorization), which tells the cost of that middleware
/// apart from the cost of the tenant layer itself.
/// </summary>
public sealed class BareHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempFolder _contentRoot;

    private BareHost(WebApplication app, TempFolder contentRoot, Uri baseAddress)
    {
        _app = app;
        _contentRoot = contentRoot;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BareHost> StartAsync(bool shellMiddleware = false)
    {
        var contentRoot = new TempFolder("commerce-bare");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = contentRoot.Path,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        if (shellMiddleware)
        {
            builder.Services.AddProblemDetails();
            builder.Services.AddAuthentication(HeaderKeyHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, HeaderKeyHandler>(HeaderKeyHandler.SchemeName, null);
            builder.Services.AddAuthorization();
        }

        var app = builder.Build();
        if (shellMiddleware)
        {
            app.UseExceptionHandler();
            app.UseStatusCodePages();
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
        }

        app.MapGet("/ping", () => "pong");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BareHost(app, contentRoot, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _contentRoot.Dispose();
    }
}
