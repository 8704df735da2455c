using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests;

/// <summary>Toggles through the management API, their effect on the storefront and OpenAPI, and persistence across a restart.</summary>
public sealed class FeatureApiTests
{
    private const string Announcements = "Commerce.Announcements";

    private sealed record Feature(string Id, string Name, string Category, string[] Dependencies, bool Enabled, bool Hidden);

    private sealed record Change(string[] Enabled, string[] Disabled, string[] Hidden, string[] Shown);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task First_start_sets_up_the_default_tenant_from_the_default_recipe(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);

        var features = await (await host.Admin().GetAsync("/api/features")).ReadAsync<Feature[]>();
        var home = await host.Visitor().GetStringAsync("/announcements");

        Assert.Contains(features, f => f.Id == Announcements && f.Enabled && !f.Hidden && f.Dependencies.SequenceEqual(["Commerce.Storefront"]));
        Assert.Contains(features, f => f.Id == "Commerce.Features" && f.Enabled);
        Assert.Contains("Welcome to the marketplace", home);
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/health")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Disabling_a_feature_removes_its_pages_link_and_openapi_paths_and_enabling_brings_them_back(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var visitor = host.Visitor();

        var disabled = await (await admin.ToggleAsync(Announcements, "disable")).ReadAsync<Change>();
        var home = await visitor.GetStringAsync("/");
        var openApi = await visitor.GetStringAsync("/openapi/v1.json");

        Assert.Equal([Announcements], disabled.Disabled);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/announcements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/announcements")).StatusCode);
        Assert.DoesNotContain("/announcements", home);
        Assert.DoesNotContain("/api/announcements", openApi);
        Assert.Contains("/api/features", openApi);

        var enabled = await (await admin.ToggleAsync(Announcements, "enable")).ReadAsync<Change>();

        Assert.Equal([Announcements], enabled.Enabled);
        Assert.Contains("Welcome to the marketplace", await visitor.GetStringAsync("/announcements"));
        Assert.Contains("/api/announcements", await visitor.GetStringAsync("/openapi/v1.json"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Hiding_keeps_the_api_and_data_but_answers_404_at_the_storefront_entry_and_drops_the_link(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var visitor = host.Visitor();

        var hidden = await (await admin.ToggleAsync(Announcements, "hide")).ReadAsync<Change>();

        Assert.Equal([Announcements], hidden.Hidden);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/announcements")).StatusCode);
        Assert.DoesNotContain("/announcements", await visitor.GetStringAsync("/"));
        var published = await admin.PostAsJsonAsync("/api/announcements", new { title = "Hidden but working", body = "API still on" });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var list = await admin.GetStringAsync("/api/announcements");
        Assert.Contains("Hidden but working", list);
        var features = await (await admin.GetAsync("/api/features")).ReadAsync<Feature[]>();
        Assert.Contains(features, f => f.Id == Announcements && f.Enabled && f.Hidden);

        var shown = await (await admin.ToggleAsync(Announcements, "show")).ReadAsync<Change>();

        Assert.Equal([Announcements], shown.Shown);
        Assert.Contains("Hidden but working", await visitor.GetStringAsync("/announcements"));
        Assert.Contains("/announcements", await visitor.GetStringAsync("/"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Disabling_a_needed_feature_is_refused_with_its_dependents_unless_cascaded(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        var refused = await admin.ToggleAsync("Commerce.Storefront", "disable");
        var problem = await refused.ReadAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urn:commerce:problem:feature-has-dependents", problem.GetProperty("type").GetString());
        Assert.Equal([Announcements], problem.GetProperty("dependents").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/announcements")).StatusCode);

        var cascaded = await (await admin.PostAsync("/api/features/Commerce.Storefront/disable?cascade=true", null)).ReadAsync<Change>();

        Assert.Equal([Announcements, "Commerce.Storefront"], cascaded.Disabled);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Visitor().GetAsync("/")).StatusCode);

        var enabled = await (await admin.ToggleAsync(Announcements, "enable")).ReadAsync<Change>();
        Assert.Equal(["Commerce.Storefront", Announcements], enabled.Enabled);
    }

    [Fact]
    public async Task Refusals_are_problem_details_with_stable_types()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        var unknown = await admin.ToggleAsync("Commerce.Nope", "enable");
        var always = await admin.ToggleAsync("Commerce.Features", "disable");
        await admin.ToggleAsync(Announcements, "disable");
        var hideDisabled = await admin.ToggleAsync(Announcements, "hide");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var notFound = await unknown.ReadAsync<JsonElement>();
        Assert.Equal("urn:commerce:problem:not-found", notFound.GetProperty("type").GetString());
        Assert.Equal("urn:commerce:problem:feature-not-found", notFound.GetProperty("legacyType").GetString());
        Assert.Equal(HttpStatusCode.Conflict, always.StatusCode);
        Assert.Equal("urn:commerce:problem:feature-always-enabled", (await always.ReadAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Conflict, hideDisabled.StatusCode);
        Assert.Equal("urn:commerce:problem:feature-not-enabled", (await hideDisabled.ReadAsync<JsonElement>()).GetProperty("type").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Feature_state_survives_a_restart_and_the_recipe_does_not_run_twice(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using (var first = new TestHost(store))
        {
            var admin = first.Admin();
            Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Announcements, "hide")).StatusCode);
        }

        await using var second = new TestHost(store);
        var features = await (await second.Admin().GetAsync("/api/features")).ReadAsync<Feature[]>();
        var announcements = await second.Admin().GetStringAsync("/api/announcements");

        Assert.Contains(features, f => f.Id == Announcements && f.Enabled && f.Hidden);
        Assert.Equal(HttpStatusCode.NotFound, (await second.Visitor().GetAsync("/announcements")).StatusCode);
        Assert.Single(JsonDocument.Parse(announcements).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task A_preview_shows_the_consequences_and_changes_nothing()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var manager = host.Services.GetRequiredService<Commerce.Hosting.Features.FeatureManager>();

        var refused = await manager.PreviewAsync("Default", Commerce.Hosting.Features.FeatureAction.Disable, "Commerce.Storefront");
        var cascade = await manager.PreviewAsync("Default", Commerce.Hosting.Features.FeatureAction.Disable, "Commerce.Storefront", cascade: true);

        Assert.Equal(Commerce.Hosting.Features.FeaturePlanError.HasDependents, refused.Error);
        Assert.Equal([Announcements], refused.Related);
        Assert.Equal([Announcements, "Commerce.Storefront"], cascade.Disabled);
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/announcements")).StatusCode);
    }

    [Fact]
    public async Task A_change_keeps_stored_features_this_process_does_not_know()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var blueprint = await host.Shells.LoadBlueprintAsync("Default");
        var state = await Commerce.Hosting.Shells.ShellStateStore.LoadAsync(blueprint.Database);
        var withPlugin = state.Features.ToDictionary(f => f.Key, f => f.Value);
        withPlugin["Agency.Reviews"] = true; // a plugin another node has and this one lacks
        Assert.True(await Commerce.Hosting.Shells.ShellStateStore.TrySaveAsync(blueprint.Database, state.Version, withPlugin, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, (await host.Admin().ToggleAsync(Announcements, "hide")).StatusCode);

        var after = await Commerce.Hosting.Shells.ShellStateStore.LoadAsync(blueprint.Database);
        Assert.True(after.Features.TryGetValue("Agency.Reviews", out var hidden) && hidden);
        Assert.True(after.Features[Announcements]);
        Assert.DoesNotContain(await (await host.Admin().GetAsync("/api/features")).ReadAsync<Feature[]>(), f => f.Id == "Agency.Reviews");
    }

    [Fact]
    public async Task The_api_refuses_requests_without_the_key_or_with_a_wrong_one()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var wrong = host.Visitor();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key-at-all-000");

        var anonymous = await host.Visitor().GetAsync("/api/features");
        var forged = await wrong.ToggleAsync(Announcements, "disable");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/announcements")).StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_key_the_api_is_closed_to_everyone()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store, new Dictionary<string, string?> { ["Commerce:Setup:ApiKey"] = "" });

        var response = await host.Admin().GetAsync("/api/features");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
