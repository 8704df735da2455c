using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests.Merchants;

/// <summary>A grade's deposit is money: <c>deposit: { amount, currency }</c> in the API, the currency's minor units everywhere.</summary>
public sealed class GradeDepositTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_deposit_is_money_in_the_api_and_the_older_shape_still_works_for_one_release(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        var yen = await admin.PostAsJsonAsync("/api/merchants/grades", new { id = "tokyo", name = "Tokyo", maxCategories = 3, deposit = new { amount = 200000, currency = "JPY" } });
        var legacy = await admin.PostAsJsonAsync("/api/merchants/grades", new { id = "gold", name = "Gold", maxCategories = 3, depositAmount = 20000.5m, depositCurrency = "CNY" });

        Assert.Equal(HttpStatusCode.Created, yen.StatusCode);
        var created = await yen.ReadAsync<JsonElement>();
        Assert.Equal("""{"amount":200000,"currency":"JPY"}""", created.GetProperty("deposit").GetRawText());
        Assert.Equal((200000m, "JPY"), (created.GetProperty("depositAmount").GetDecimal(), created.GetProperty("depositCurrency").GetString()));
        Assert.Equal(HttpStatusCode.Created, legacy.StatusCode);
        Assert.Equal("""{"amount":20000.50,"currency":"CNY"}""", (await legacy.ReadAsync<JsonElement>()).GetProperty("deposit").GetRawText());

        var standard = (await admin.GetFromJsonAsync<JsonElement>("/api/merchants/grades")).EnumerateArray().Single(g => g.GetProperty("id").GetString() == "standard");
        Assert.Equal("""{"amount":10000.00,"currency":"CNY"}""", standard.GetProperty("deposit").GetRawText());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_deposit_with_more_decimals_than_its_currency_or_an_unknown_currency_is_refused_naming_the_field(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        var yenCents = await admin.PostAsJsonAsync("/api/merchants/grades", new { id = "tokyo", name = "Tokyo", maxCategories = 3, depositAmount = 100.5m, depositCurrency = "JPY" });
        var unknown = await admin.PostAsJsonAsync("/api/merchants/grades", new { id = "mars", name = "Mars", maxCategories = 3, depositAmount = 1m, depositCurrency = "XYZ" });
        var badMoney = await admin.PostAsJsonAsync("/api/merchants/grades", new { id = "moon", name = "Moon", maxCategories = 3, deposit = new { amount = 1.005m, currency = "CNY" } });

        Assert.Equal(["depositAmount"], (await yenCents.ProblemAsync()).Fields);
        Assert.Equal(["depositCurrency"], (await unknown.ProblemAsync()).Fields);
        Assert.Equal(HttpStatusCode.BadRequest, badMoney.StatusCode);
        var problem = await badMoney.ReadAsync<JsonElement>();
        Assert.Equal("urn:commerce:problem:bad-request", problem.GetProperty("type").GetString());
        Assert.Equal("deposit", problem.GetProperty("field").GetString());
        Assert.Contains("more decimals than CNY has (2)", problem.GetProperty("detail").GetString());
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>("/api/merchants/grades")).GetArrayLength());
    }
}
