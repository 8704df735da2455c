using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Benchmarks;

/// <summary>
/// The real Commerce host (Commerce.Web's <c>Program</c>) on Kestrel at 127.0.0.1 and a free port, with SQLite in
/// <paramref name="dataPath"/>, the blank recipe and a known API key. Logging is off, as it is for the bare app it
/// is compared with, so neither side pays for console output.
/// </summary>
internal sealed class CommerceWebFactory(string dataPath) : WebApplicationFactory<Program>
{
    public const string ApiKey = "bench-api-key";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Commerce:DataPath"] = dataPath,
            ["Commerce:Database:Provider"] = "Sqlite",
            ["Commerce:Database:ConnectionString"] = "",
            ["Commerce:DefaultRecipe"] = "blank",
            ["Commerce:Setup:ApiKey"] = ApiKey,
        }));
        builder.ConfigureLogging(logging => logging.ClearProviders());
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }
}
