using System.Globalization;

namespace Commerce.Display.Tests;

/// <summary>Encoding, translation and the culture-aware filters.</summary>
public sealed class FilterTests : IDisposable
{
    private readonly DisplayFixture _fixture = new DisplayFixture().Module("Shop").Theme("Theme");

    [Fact]
    public async Task Chinese_is_written_as_is_and_markup_in_values_is_escaped()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "<h1>{{ title }}</h1><p>{{ body }}</p>");

        var html = await DisplayFixture.RenderAsync(_fixture.Display(), "Page", new { Title = "平台公告：商家入驻", Body = "<script>alert(1)</script> & \"引号\"" });

        Assert.Equal("<h1>平台公告：商家入驻</h1><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;</p>", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task Model_members_are_snake_case_and_the_model_is_also_named_model()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "{{ published_utc | date: '%Y' }} {{ model.shop_name }} {{ page.lang }} {{ tenant.name }}");

        var html = await DisplayFixture.RenderAsync(_fixture.Display(), "Page", new { PublishedUtc = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), ShopName = "茶舍" }, culture: "zh-CN");

        Assert.Equal("2026 茶舍 zh-CN Default", html);
    }

    [Fact]
    public async Task T_translates_by_culture_falls_back_to_the_key_and_fills_placeholders()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "{{ \"Announcements\" | t }}|{{ \"Welcome to {0}\" | t: site.name }}|{{ \"Untranslated\" | t }}");
        _fixture.Write("Shop", "Locales/zh-CN.json", """{ "Announcements": "公告", "Welcome to {0}": "欢迎光临 {0}" }""");
        var display = _fixture.Display();

        Assert.Equal("公告|欢迎光临 Default|Untranslated", await DisplayFixture.RenderAsync(display, "Page", culture: "zh-CN"));
        Assert.Equal("Announcements|Welcome to Default|Untranslated", await DisplayFixture.RenderAsync(display, "Page", culture: "en"));
    }

    [Fact]
    public async Task A_theme_rewords_a_module_string()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "{{ \"Announcements\" | t }}");
        _fixture.Write("Shop", "Locales/zh-CN.json", """{ "Announcements": "公告" }""");
        _fixture.Write("Theme", "Locales/zh-CN.json", """{ "Announcements": "最新消息" }""");

        Assert.Equal("最新消息", await DisplayFixture.RenderAsync(_fixture.Display(storefrontTheme: "Theme"), "Page", culture: "zh-CN"));
        Assert.Equal("公告", await DisplayFixture.RenderAsync(_fixture.Display(), "Page", culture: "zh-CN"));
    }

    [Fact]
    public async Task Href_and_asset_url_carry_the_tenant_prefix_and_assets_come_from_the_theme_that_has_them()
    {
        var derived = new DisplayFixture().Module("Shop").Theme("Base").Theme("Child", "Base");
        try
        {
            derived.Write("Base", "wwwroot/site.css", "body {}");
            derived.Write("Child", "wwwroot/child.css", "p {}");
            derived.Write("Shop", "Views/Page.liquid", "{{ \"/announcements\" | href }} {{ \"site.css\" | asset_url }} {{ \"child.css\" | asset_url }}");

            var html = await DisplayFixture.RenderAsync(derived.Display(storefrontTheme: "Child"), "Page");

            var parts = html.Split(' ');
            Assert.Equal("/tea/announcements", parts[0]);
            Assert.StartsWith("/tea/themes/Base/site.css?v=", parts[1]);
            Assert.StartsWith("/tea/themes/Child/child.css?v=", parts[2]);
        }
        finally
        {
            derived.Dispose();
        }
    }

    [Theory]
    [InlineData("zh-CN", "2026/1/3 04:05")]
    [InlineData("en", "1/3/2026 4:05 AM")]
    public async Task Date_local_shows_the_tenant_time_zone_in_the_culture_format(string culture, string expected)
    {
        _fixture.Settings = DisplaySettings.Default with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai") };
        _fixture.Write("Shop", "Views/Page.liquid", "{{ at | date_local }}");

        var html = await DisplayFixture.RenderAsync(_fixture.Display(), "Page", new { At = new DateTimeOffset(2026, 1, 2, 20, 5, 0, TimeSpan.Zero) }, culture);

        // The encoder writes the culture's narrow no-break space as an entity; browsers show the same.
        Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(html).Replace('\u202f', ' '));
    }

    [Theory]
    [InlineData("en", "1,234,567.891|1,234,567.89")]
    [InlineData("zh-CN", "1,234,567.891|1,234,567.89")]
    [InlineData("de-DE", "1.234.567,891|1.234.567,89")]
    public async Task Number_uses_the_culture_separators(string culture, string expected)
    {
        _fixture.Write("Shop", "Views/Page.liquid", "{{ n | number }}|{{ n | number: 2 }}");

        Assert.Equal(expected, await DisplayFixture.RenderAsync(_fixture.Display(), "Page", new { N = 1234567.891m }, culture));
    }

    [Theory]
    [InlineData("zh-CN", "CNY", "1234.565", "¥1,234.57")]
    [InlineData("en", "CNY", "1234.565", "CN¥1,234.57")]
    [InlineData("en", "USD", "-0.125", "-$0.13")]
    [InlineData("zh-CN", "USD", "2.5", "US$2.50")]
    [InlineData("en", "JPY", "1234.5", "¥1,235")]
    [InlineData("zh-CN", "JPY", "1234.5", "JP¥1,235")]
    [InlineData("en", "BHD", "1.0005", "BHD\u00a01.001")]
    public async Task Money_rounds_half_away_from_zero_to_the_minor_unit_and_formats_by_culture(string culture, string currency, string amount, string expected)
    {
        _fixture.Write("Shop", "Views/Page.liquid", "{{ amount | money: currency }}");

        var html = await DisplayFixture.RenderAsync(_fixture.Display(), "Page", new { Amount = decimal.Parse(amount, CultureInfo.InvariantCulture), Currency = currency }, culture);

        Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(html));
    }

    [Theory]
    [InlineData("zh-CN", "CNY", "1234.5", "¥1,234.50")]
    [InlineData("en", "JPY", "1235", "¥1,235")]
    [InlineData("en", "KWD", "-1.005", "-KWD\u00a01.005")]
    [InlineData("zh-CN", "EUR", "0", "€0.00")]
    public async Task A_money_value_formats_with_its_own_currency_and_minor_units(string culture, string currency, string amount, string expected)
    {
        _fixture.Settings = DisplaySettings.Default with { Currency = "USD" };
        _fixture.Write("Shop", "Views/Page.liquid", "{{ price | money }}");

        var html = await DisplayFixture.RenderAsync(_fixture.Display(), "Page", new { Price = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), currency) }, culture);

        Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task Money_in_a_currency_outside_the_table_is_written_as_given_after_its_code()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "{{ 1234.5678 | money: \"XYZ\" }}");

        Assert.Equal("XYZ\u00a01,234.5678", System.Net.WebUtility.HtmlDecode(await DisplayFixture.RenderAsync(_fixture.Display(), "Page", null, "en")));
    }

    [Fact]
    public async Task Money_without_a_currency_uses_the_tenant_currency()
    {
        _fixture.Settings = DisplaySettings.Default with { Currency = "USD" };
        _fixture.Write("Shop", "Views/Page.liquid", "{{ 10 | money }}");

        Assert.Equal("$10.00", await DisplayFixture.RenderAsync(_fixture.Display(), "Page"));
    }

    [Theory]
    [InlineData("0.125", "CNY", "0.13")]
    [InlineData("-0.125", "CNY", "-0.13")]
    [InlineData("0.135", "CNY", "0.14")]
    [InlineData("2.5", "JPY", "3")]
    [InlineData("-2.5", "JPY", "-3")]
    [InlineData("0.0005", "KWD", "0.001")]
    public void Money_round_is_half_away_from_zero_not_to_even(string amount, string currency, string expected)
        => Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Money.Round(decimal.Parse(amount, CultureInfo.InvariantCulture), currency).Amount);

    public void Dispose() => _fixture.Dispose();
}
