using System.CommandLine;
using Commerce.Cli.Output;
using Commerce.Data.Host;
using Commerce.Hosting.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Cli;

/// <summary>One command's run: what was parsed, the started engine, and where to write.</summary>
internal sealed class CliInvocation(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
{
    public ParseResult Parse { get; } = parse;

    public IServiceProvider Services { get; } = services;

    public CliConsole Console { get; } = console;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// The registered tenant named <paramref name="name"/>, matched exactly or else ignoring case when that is
    /// unambiguous; a clear refusal when there is none or it is not set up.
    /// </summary>
    public async Task<TenantRecord> FindTenantAsync(string name)
    {
        var tenants = await Get<TenantRegistry>().ListAsync(CancellationToken);
        var tenant = tenants.FirstOrDefault(t => t.Name == name)
            ?? (tenants.Where(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)).ToList() is [var single] ? single : null)
            ?? throw new CliUsageException(
                "UnknownTenant",
                $"Tenant '{name}' does not exist. Tenants: {string.Join(", ", tenants.Select(t => t.Name))}.",
                $"Run '{CliApp.Name} tenants list' to see them.");
        if (tenant.State == TenantStates.Uninitialized)
        {
            throw new CliUsageException("TenantNotSetUp", $"Tenant '{tenant.Name}' is not set up yet (state {tenant.State}).");
        }

        return tenant;
    }
}
