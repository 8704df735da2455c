using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Benchmarks;

/// <summary>
/// The real Commerce host (Commerce.Web's <c>Program</c>) on Kestrel at 127.0.0.1 and a free port, with SQLite in a
/// given data folder, the blank recipe and a known API key. Logging is off, as it is for the bare app it
/// is compared with, so neither side pays for console output.
/// </summary>
internal sealed class CommerceWebFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "bench-api-key";

    private readonly string _dataPath;

    public CommerceWebFactory(string dataPath)
    {
        _dataPath = dataPath;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The output folder holds Commerce.Web's appsettings.json, as a deployed host's folder does; without this
        // the factory looks for the project next to the solution file, which is not where src/ keeps it.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment(Environments.Production);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Commerce:DataPath"] = _dataPath,
            ["Commerce:Database:Provider"] = "Sqlite",
            ["Commerce:Database:ConnectionString"] = "",
            ["Commerce:DefaultRecipe"] = "blank",
            ["Commerce:Setup:ApiKey"] = ApiKey,
        }));
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
