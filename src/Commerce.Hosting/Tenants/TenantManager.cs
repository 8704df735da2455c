using System.Text.RegularExpressions;
using Commerce.Data;
using Commerce.Data.Host;
using Commerce.Hosting.Recipes;
using Commerce.Hosting.Security;
using Commerce.Hosting.Shells;
using Commerce.Shells;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Hosting.Tenants;

/// <summary>Creates tenants and sets them up from a recipe; changes their API key and state.</summary>
public sealed partial class TenantManager(
    TenantRegistry registry,
    ShellHost shells,
    RecipeCatalog recipes,
    RecipeRunner runner,
    TimeProvider clock,
    ILogger<TenantManager> logger)
{
    /// <summary>First path segments the Default tenant's own endpoints use; a tenant prefix cannot take them.</summary>
    public static readonly IReadOnlySet<string> ReservedPrefixes =
        new HashSet<string>(["api", "openapi", "health", "admin", "merchant", "apply", "static", "assets"], StringComparer.OrdinalIgnoreCase);

    public Task<IReadOnlyList<TenantRecord>> ListAsync(CancellationToken cancellationToken = default)
        => registry.ListAsync(cancellationToken);

    /// <summary>Validates, registers and sets up a tenant. On failure nothing of it is left behind.</summary>
    public async Task<TenantCreateResult> CreateAsync(TenantCreateRequest request, CancellationToken cancellationToken = default)
    {
        var existing = await registry.ListAsync(cancellationToken);
        if (request.Name is { } name && existing.Any(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return new TenantCreateResult(null, new Dictionary<string, string[]>(), true);
        }

        var errors = Validate(request, existing);
        var recipeName = Blank(request.Recipe) ?? "default";
        if (!recipes.Names.Contains(recipeName, StringComparer.OrdinalIgnoreCase))
        {
            errors["recipe"] = [$"No recipe named '{recipeName}'; known: {string.Join(", ", recipes.Names.Order())}."];
        }
        if (errors.Count > 0)
        {
            return new TenantCreateResult(null, errors, false);
        }

        var record = new TenantRecord
        {
            Name = request.Name!.Trim(),
            State = TenantStates.Uninitialized,
            RequestUrlPrefix = Blank(request.RequestUrlPrefix)?.ToLowerInvariant(),
            RequestUrlHost = Blank(request.RequestUrlHost)?.ToLowerInvariant(),
            DatabaseProvider = Blank(request.DatabaseProvider) is { } provider ? DatabaseProvider.Normalize(provider) : null,
            ConnectionString = Blank(request.ConnectionString),
            Schema = Blank(request.Schema),
            RecipeName = recipeName,
            CreatedUtc = clock.GetUtcNow(),
        };
        if (!await registry.TryAddAsync(record, cancellationToken))
        {
            return new TenantCreateResult(null, new Dictionary<string, string[]>(), true);
        }

        try
        {
            await SetupAsync(record.Name, record.RecipeName, request.ApiKey, cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Setting up tenant {Tenant} failed; removing it", record.Name);
            await RemoveAsync(record, CancellationToken.None);
            throw;
        }

        return new TenantCreateResult(await registry.FindAsync(record.Name, cancellationToken), new Dictionary<string, string[]>(), false);
    }

    /// <summary>Creates the tenant's database, stores its API key, runs its recipe and marks it running.</summary>
    public async Task SetupAsync(string tenantName, string recipeName, string? apiKey, CancellationToken cancellationToken = default)
    {
        var record = await registry.FindAsync(tenantName, cancellationToken)
            ?? throw new InvalidOperationException($"Tenant '{tenantName}' does not exist.");
        var recipe = recipes.Find(recipeName)
            ?? throw new RecipeException($"Tenant '{tenantName}': recipe '{recipeName}' is not found; known: {string.Join(", ", recipes.Names)}.");
        var database = shells.DatabaseOf(record);
        await ShellStateStore.MigrateAsync(database, cancellationToken);
        if (!string.IsNullOrEmpty(apiKey))
        {
            await ShellStateStore.SaveSettingsAsync(database, new Dictionary<string, string> { [TenantSettingKeys.ApiKeyHash] = ApiKeyHasher.Hash(apiKey) }, cancellationToken);
        }

        await runner.RunAsync(tenantName, recipe, cancellationToken);
        await registry.UpdateAsync(tenantName, t => t.State = TenantStates.Running, cancellationToken);
        await shells.LoadTenantsAsync(cancellationToken);
        logger.LogInformation("Tenant {Tenant} set up from recipe {Recipe}", tenantName, recipe.Name);
    }

    /// <summary>Replaces the tenant's API key; every host rebuilds the shell so the old key stops working at once.</summary>
    public async Task SetApiKeyAsync(string tenantName, string apiKey, CancellationToken cancellationToken = default)
    {
        if (apiKey.Length < ApiKeyHasher.MinimumLength)
        {
            throw new ArgumentException($"An API key needs at least {ApiKeyHasher.MinimumLength} characters.", nameof(apiKey));
        }

        var record = await registry.FindAsync(tenantName, cancellationToken)
            ?? throw new InvalidOperationException($"Tenant '{tenantName}' does not exist.");
        await ShellStateStore.SaveSettingsAsync(shells.DatabaseOf(record), new Dictionary<string, string> { [TenantSettingKeys.ApiKeyHash] = ApiKeyHasher.Hash(apiKey) }, cancellationToken);
        await shells.NotifyChangedAsync(tenantName, cancellationToken);
    }

    /// <summary>True when the tenant has an API key stored.</summary>
    public async Task<bool> HasApiKeyAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        var record = await registry.FindAsync(tenantName, cancellationToken);
        return record is not null
            && (await ShellStateStore.LoadSettingsAsync(shells.DatabaseOf(record), cancellationToken)).ContainsKey(TenantSettingKeys.ApiKeyHash);
    }

    private static Dictionary<string, string[]> Validate(TenantCreateRequest request, IReadOnlyList<TenantRecord> existing)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["The tenant name is required."];
        }
        else if (!TenantName().IsMatch(name))
        {
            errors["name"] = ["Use 1 to 64 letters, digits, '-' or '_', starting with a letter."];
        }

        var prefix = Blank(request.RequestUrlPrefix)?.ToLowerInvariant();
        var host = Blank(request.RequestUrlHost)?.ToLowerInvariant();
        if (prefix is null && host is null)
        {
            errors["requestUrlPrefix"] = ["Give a URL prefix, a host name, or both, so requests can reach the tenant."];
        }

        if (prefix is not null)
        {
            if (!UrlPrefix().IsMatch(prefix))
            {
                errors["requestUrlPrefix"] = ["Use 1 to 63 lower-case letters, digits or '-', starting with a letter or digit."];
            }
            else if (ReservedPrefixes.Contains(prefix))
            {
                errors["requestUrlPrefix"] = [$"'{prefix}' is reserved for the Default tenant's own pages."];
            }
            else if (existing.FirstOrDefault(t => string.Equals(t.RequestUrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)
                         && string.Equals(t.RequestUrlHost, host, StringComparison.OrdinalIgnoreCase)) is { } clash)
            {
                errors["requestUrlPrefix"] = [$"Tenant '{clash.Name}' already uses this prefix."];
            }
        }

        if (host is not null)
        {
            if (Uri.CheckHostName(host) is UriHostNameType.Unknown or UriHostNameType.Basic)
            {
                errors["requestUrlHost"] = ["Give a host name such as 'tea.example.com', without scheme, port or path."];
            }
            else if (prefix is null && existing.FirstOrDefault(t => t.RequestUrlPrefix is null && string.Equals(t.RequestUrlHost, host, StringComparison.OrdinalIgnoreCase)) is { } clash)
            {
                errors["requestUrlHost"] = [$"Tenant '{clash.Name}' already uses this host name."];
            }
        }

        if (string.IsNullOrEmpty(request.ApiKey) || request.ApiKey.Length < ApiKeyHasher.MinimumLength)
        {
            errors["apiKey"] = [$"An API key of at least {ApiKeyHasher.MinimumLength} characters is required; the management API is never open."];
        }

        if (Blank(request.DatabaseProvider) is { } provider && DatabaseProvider.Normalize(provider) is null)
        {
            errors["databaseProvider"] = [$"Use '{DatabaseProvider.Sqlite}' or '{DatabaseProvider.PostgreSql}'."];
        }

        if (Blank(request.Schema) is { } schema && !SchemaName().IsMatch(schema))
        {
            errors["schema"] = ["Use 1 to 63 lower-case letters, digits or '_', starting with a letter."];
        }

        return errors;
    }

    private async Task RemoveAsync(TenantRecord record, CancellationToken cancellationToken)
    {
        var database = shells.DatabaseOf(record);
        try
        {
            if (database.IsSqlite)
            {
                SqliteConnection.ClearAllPools();
                var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
                var folder = Path.GetDirectoryName(file)!;
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            else
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                await using var drop = connection.CreateCommand();
                drop.CommandText = $"DROP SCHEMA IF EXISTS \"{database.Schema!.Replace("\"", "\"\"")}\" CASCADE";
                await drop.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await registry.DeleteAsync(record.Name, cancellationToken);
            await shells.LoadTenantsAsync(cancellationToken);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex TenantName();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex UrlPrefix();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();
}
