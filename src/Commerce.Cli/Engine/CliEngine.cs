using Commerce.Data;
using Commerce.Hosting;
using Commerce.Hosting.Shells;
using Commerce.Hosting.Tenants;
using Commerce.Hosting.Web;
using Commerce.Shells;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Cli.Engine;

/// <summary>
/// The engine without a web server, on the host's data: the same configuration sources as the host
/// (appsettings.json of the current directory, environment variables), the global options on top.
/// </summary>
internal sealed class CliEngine : IAsyncDisposable
{
    private readonly IHost _host;

    private CliEngine(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Builds the engine, creates the tenant registry and, on first use of the data, sets the Default tenant up like the host does.</summary>
    public static async Task<CliEngine> StartAsync(EngineSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddInMemoryCollection(Overrides(settings));
        ConfigureLogging(builder.Logging, builder.Services, log, settings.Verbose);
        builder.Services.AddCommerceEngine(builder.Configuration);

        var engine = new CliEngine(builder.Build());
        try
        {
            await engine.InitializeAsync(log, cancellationToken);
            return engine;
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }

    private async Task InitializeAsync(TextWriter log, CancellationToken cancellationToken)
    {
        DatabaseLocator locator;
        try
        {
            locator = Services.GetRequiredService<DatabaseLocator>();
        }
        catch (InvalidOperationException e)
        {
            throw new CliUsageException("InvalidConfiguration", e.Message);
        }

        var registry = Services.GetRequiredService<TenantRegistry>();
        await registry.EnsureCreatedAsync(cancellationToken);
        if (await registry.FindAsync(TenantInfo.DefaultName, cancellationToken) is null)
        {
            log.WriteLine($"First use of {Describe(locator)}: setting up the Default tenant.");
            await Services.GetRequiredService<CommerceHostInitializer>().StartAsync(cancellationToken);
        }

        await Services.GetRequiredService<ShellHost>().LoadTenantsAsync(cancellationToken);
    }

    private static Dictionary<string, string?> Overrides(EngineSettings settings)
    {
        // A command-line run serves no requests: it builds a shell only when a command needs one.
        var overrides = new Dictionary<string, string?> { ["Commerce:PreloadShells"] = nameof(ShellPreload.None) };
        if (!string.IsNullOrWhiteSpace(settings.DataPath))
        {
            overrides["Commerce:DataPath"] = Path.GetFullPath(settings.DataPath);
        }

        if (!string.IsNullOrWhiteSpace(settings.Provider))
        {
            overrides["Commerce:Database:Provider"] = settings.Provider;
        }

        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            overrides["Commerce:Database:ConnectionString"] = settings.ConnectionString;
        }

        return overrides;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, IServiceCollection services, TextWriter log, bool verbose)
    {
        logging.ClearProviders();
        logging.AddProvider(new TextWriterLoggerProvider(log, verbose));

        // The "Logging" section of a host's appsettings.json asks for Information; a command line stays quiet.
        services.PostConfigure<LoggerFilterOptions>(options =>
        {
            options.Rules.Clear();
            options.MinLevel = verbose ? LogLevel.Information : LogLevel.Warning;
            options.AddFilter("Microsoft", LogLevel.Warning);
        });
    }

    private static string Describe(DatabaseLocator locator) => locator.Provider == DatabaseProvider.Sqlite
        ? $"'{locator.DataPath}'"
        : "this PostgreSQL database";
}
