using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests.Qualifications;

/// <summary>The catalog the default recipe seeds, the applicant evaluation onboarding uses, and admins' rule edits through the API.</summary>
public sealed class QualificationsCatalogApiTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_default_recipe_seeds_the_catalog_and_an_applicant_sees_what_it_will_owe(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var visitor = host.Visitor();

        var categories = await visitor.GetFromJsonAsync<JsonElement>("/api/qualifications/categories");
        var wine = categories.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "food.imported.wine");
        Assert.Equal(["food", "food.imported", "food.imported.wine"], wine.GetProperty("industryPath").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(categories.EnumerateArray(), c => c.GetProperty("code").GetString() == "medical.device-ii");

        var response = await visitor.PostAsJsonAsync("/api/qualifications/evaluate", new
        {
            categories = new[] { "food.imported.wine", "apparel" },
            brands = new[] { "Acme" },
            answers = new Dictionary<string, string> { ["isProducer"] = "false" },
            shopType = "flagship",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.ReadAsync<JsonElement>();
        var items = set.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("key").GetString()!);
        Assert.False(set.GetProperty("satisfied").GetBoolean());
        Assert.Equal(
            ["business-licence", "contract-manufacturing-agreement", "food-business-licence", "import-declaration", "inspection-certificate", "liquor-licence", "producer-production-licence", "quality-inspection-report", "trademark@Acme"],
            items.Keys.Order(StringComparer.Ordinal));
        Assert.All(items.Values, i => Assert.Equal("currentlyDue", i.GetProperty("state").GetString()));
        Assert.Equal(24, items["import-declaration"].GetProperty("alternatives")[0].GetProperty("freshnessMonths").GetInt32());
        Assert.Equal(3, items["liquor-licence"].GetProperty("alternatives").GetArrayLength());

        var bad = await visitor.PostAsJsonAsync("/api/qualifications/evaluate", new { categories = new[] { "weapons" }, shopType = "kiosk" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.ProblemAsync();
        Assert.Equal("urn:commerce:problem:validation", problem.Type);
        Assert.Equal(["categories", "shopType"], problem.Fields.Order());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Admins_describe_a_new_industry_and_its_rules_without_code(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Visitor().PostAsJsonAsync("/api/qualifications/industries", new { code = "cosmetics", nameZh = "化妆品", nameEn = "Cosmetics" })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/qualifications/industries", new { code = "cosmetics", nameZh = "化妆品", nameEn = "Cosmetics" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/qualifications/industries", new { code = "cosmetics.special", parent = "cosmetics", nameZh = "特殊化妆品", nameEn = "Special-use cosmetics" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/qualifications/categories", new { code = "cosmetics.sunscreen", industry = "cosmetics.special", nameZh = "防晒", nameEn = "Sunscreen" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/qualifications/document-types", new
        {
            code = "special-cosmetics-registration",
            nameZh = "特殊化妆品注册证",
            nameEn = "Special cosmetics registration certificate",
            requiresNumber = true,
            numberFormat = "pattern",
            numberPattern = "国妆特字G\\d{8}",
            requiresIssuedOn = true,
            requiresExpiresOn = true,
            requiresIssuingAuthority = true,
            acceptedKinds = new[] { "pdf" },
            maxFileBytes = 5_000_000,
            maxFiles = 2,
        })).StatusCode);

        // A rule on the parent industry reaches the category through inheritance.
        var created = await admin.PostAsJsonAsync("/api/qualifications/rules", new { key = "cosmetics-registration", industry = "cosmetics", alternatives = new[] { "special-cosmetics-registration" }, freshnessMonths = 60 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rule = await created.ReadAsync<JsonElement>();

        var evaluated = await (await admin.PostAsJsonAsync("/api/qualifications/evaluate", new { categories = new[] { "cosmetics.sunscreen" }, shopType = "specialty" })).ReadAsync<JsonElement>();
        Assert.Equal(["business-licence", "cosmetics-registration"], evaluated.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()).Order(StringComparer.Ordinal));

        // Edits need the version read; a stale one is refused and changes nothing.
        var stale = await admin.PutAsJsonAsync($"/api/qualifications/rules/{rule.GetProperty("id")}", new { key = "cosmetics-registration", industry = "cosmetics", alternatives = new[] { "special-cosmetics-registration" }, version = 7 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("urn:commerce:problem:conflict", (await stale.ProblemAsync()).Type);

        var invalid = await admin.PostAsJsonAsync("/api/qualifications/rules", new { key = "Bad Key", industry = "nowhere", alternatives = new[] { "no-such-type" }, freshnessMonths = 0, shopTypes = new[] { "kiosk" } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["alternatives", "freshnessMonths", "industry", "key", "shopTypes"], (await invalid.ProblemAsync()).Fields.Order());

        var cycle = await admin.PutAsJsonAsync("/api/qualifications/industries/cosmetics", new { parent = "cosmetics.special", nameZh = "化妆品", nameEn = "Cosmetics", version = 0 });
        Assert.Equal(["parent"], (await cycle.ProblemAsync()).Fields);

        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync("/api/qualifications/industries/cosmetics")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/qualifications/rules/{rule.GetProperty("id")}")).StatusCode);
        var after = await (await admin.PostAsJsonAsync("/api/qualifications/evaluate", new { categories = new[] { "cosmetics.sunscreen" }, shopType = "specialty" })).ReadAsync<JsonElement>();
        Assert.Equal(["business-licence"], after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_rule_changed_through_one_host_process_applies_in_another_within_the_synchronization_latency(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var first = new TestHost(store);
        await using var second = new TestHost(store);
        var applicant = new { categories = new[] { "apparel" }, shopType = "individual" };
        static async Task<string[]> KeysAsync(HttpResponseMessage response)
            => [.. (await response.ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()!).Order(StringComparer.Ordinal)];

        Assert.Equal(["business-licence", "quality-inspection-report"], await KeysAsync(await second.Visitor().PostAsJsonAsync("/api/qualifications/evaluate", applicant)));
        Assert.Equal(HttpStatusCode.Created, (await first.Admin().PostAsJsonAsync("/api/qualifications/rules", new { key = "fibre-content-label", industry = "apparel", alternatives = new[] { "quality-inspection-report" } })).StatusCode);

        // The second process compiled its index before the change; once it trusts its index no longer (one second in
        // tests, as by default), the catalog stamp tells it to compile again.
        var changed = Stopwatch.StartNew();
        string[] keys;
        do
        {
            await Task.Delay(100);
            keys = await KeysAsync(await second.Visitor().PostAsJsonAsync("/api/qualifications/evaluate", applicant));
        }
        while (keys.Length == 2 && changed.Elapsed < TimeSpan.FromSeconds(10));

        Assert.Equal(["business-licence", "fibre-content-label", "quality-inspection-report"], keys);
        Assert.True(changed.Elapsed < TimeSpan.FromSeconds(3), $"the other process applied the rule after {changed.Elapsed.TotalMilliseconds} ms");
    }
}
