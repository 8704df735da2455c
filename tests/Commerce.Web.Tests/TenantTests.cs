using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Data;
using Commerce.Web.Tests.Infrastructure;
using Npgsql;

namespace Commerce.Web.Tests;

/// <summary>Tenants: creation through the API, validation, routing by prefix and host, and data isolation.</summary>
public sealed class TenantTests
{
    private const string TeaKey = "tea-house-key-0123456789";

    private sealed record Tenant(string Name, string State, string? RequestUrlPrefix, string? RequestUrlHost, string DatabaseProvider);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_tenant_serves_at_its_prefix_with_its_own_data_features_and_key(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        var created = await admin.PostAsJsonAsync("/api/tenants", new { name = "Tea", requestUrlPrefix = "tea", apiKey = TeaKey });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var tenant = await created.ReadAsync<Tenant>();
        Assert.Equal(("Tea", "Running", "tea", provider), (tenant.Name, tenant.State, tenant.RequestUrlPrefix, tenant.DatabaseProvider));

        // Its storefront links carry its prefix.
        Assert.Contains("href=\"/tea/announcements\"", await host.Visitor().GetStringAsync("/tea/"));
        var tea = host.Visitor();
        tea.DefaultRequestHeaders.Add("X-Api-Key", TeaKey);
        Assert.Equal(HttpStatusCode.Created, (await tea.PostAsJsonAsync("/tea/api/announcements", new { title = "Tea only" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tea.ToggleAsync("Commerce.Announcements", "hide", "/tea")).StatusCode);

        // The Default tenant sees none of it.
        Assert.DoesNotContain("Tea only", await admin.GetStringAsync("/api/announcements"));
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/announcements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Visitor().GetAsync("/tea/announcements")).StatusCode);
        Assert.Contains("Tea only", await tea.GetStringAsync("/tea/api/announcements"));
        Assert.Contains("<title>Tea</title>", await host.Visitor().GetStringAsync("/tea/"));

        // Keys do not cross tenants, and tenant management stays on the Default tenant.
        Assert.Equal(HttpStatusCode.Unauthorized, (await tea.GetAsync("/api/features")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/tea/api/features")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tea.GetAsync("/tea/api/tenants")).StatusCode);
        var teaFeatures = await tea.GetStringAsync("/tea/api/features");
        Assert.DoesNotContain("Commerce.Tenants", teaFeatures);

        await AssertStoredApart(store, provider);
    }

    [Fact]
    public async Task A_tenant_can_be_reached_by_host_name()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);

        var created = await host.Admin().PostAsJsonAsync("/api/tenants", new { name = "Silk", requestUrlHost = "silk.example.test", apiKey = TeaKey });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "silk.example.test";
        var page = await (await host.Visitor().SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<title>Silk</title>", page);
        Assert.Contains("<title>Default</title>", await host.Visitor().GetStringAsync("/"));
    }

    [Fact]
    public async Task Bad_tenant_requests_are_refused_naming_each_field_and_nothing_is_created()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        var invalid = await admin.PostAsJsonAsync("/api/tenants", new { name = "9lives", requestUrlPrefix = "api", apiKey = "short", databaseProvider = "Oracle" });
        var problem = await invalid.ReadAsync<JsonElement>();
        var malformed = await admin.PostAsync("/api/tenants", new StringContent("{\"name\": 42}", System.Text.Encoding.UTF8, "application/json"));
        var duplicate = await admin.PostAsJsonAsync("/api/tenants", new { name = "Default", requestUrlPrefix = "other", apiKey = TeaKey });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(["apiKey", "databaseProvider", "name", "requestUrlPrefix"], errors.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("name", (await malformed.ReadAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var tenants = await (await admin.GetAsync("/api/tenants")).ReadAsync<Tenant[]>();
        Assert.Equal(["Default"], tenants.Select(t => t.Name));
        Assert.Equal(["Default"], Directory.GetDirectories(Path.Combine(store.DataPath, "Sites")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_name_differing_only_by_case_or_an_unknown_recipe_is_refused()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        var shadow = await admin.PostAsJsonAsync("/api/tenants", new { name = "DEFAULT", requestUrlPrefix = "evil", apiKey = TeaKey });
        var noRecipe = await admin.PostAsJsonAsync("/api/tenants", new { name = "Tea", requestUrlPrefix = "tea", apiKey = TeaKey, recipe = "nonexistent" });

        Assert.Equal(HttpStatusCode.Conflict, shadow.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noRecipe.StatusCode);
        Assert.True((await noRecipe.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("recipe", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Visitor().GetAsync("/evil/")).StatusCode);
        Assert.Equal(["Default"], (await (await admin.GetAsync("/api/tenants")).ReadAsync<Tenant[]>()).Select(t => t.Name));
    }

    private static async Task AssertStoredApart(TestStore store, string provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.True(File.Exists(Path.Combine(store.DataPath, "Sites", "Default", "commerce.db")));
            Assert.True(File.Exists(Path.Combine(store.DataPath, "Sites", "Tea", "commerce.db")));
            return;
        }

        await using var connection = new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_schema FROM information_schema.tables WHERE table_name = 'announcements' ORDER BY 1";
        var schemas = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            schemas.Add(reader.GetString(0));
        }

        Assert.Equal(["tenant_default", "tenant_tea"], schemas);
    }
}
