namespace Commerce.Display.Tests;

/// <summary>The layout renders the page into the main zone and contributors' shapes into their zones, in position order.</summary>
public sealed class ZoneTests : IDisposable
{
    private readonly DisplayFixture _fixture = new DisplayFixture().Module("Shop").Theme("Theme");

    [Fact]
    public async Task Shapes_fill_their_zones_in_position_order_around_the_page()
    {
        _fixture.Write("Theme", "Views/Layout.liquid", "<title>{% if page.title %}{{ page.title }} - {% endif %}{{ site.name }}</title>H[{{ zones.header }}]N[{{ zones.navigation }}]M[{{ zones.main }}]F[{{ zones.footer }}]");
        _fixture.Write("Shop", "Views/Page.liquid", "<p>page</p>");
        _fixture.Write("Shop", "Views/Bit.liquid", "<i>{{ text }}</i>");
        var shapes = new List<ZoneShape>
        {
            new(Zones.Footer, "Bit", new { Text = "last" }, 10),
            new(Zones.Footer, "Bit", new { Text = "first" }, -10),
            new(Zones.Main, "Bit", new { Text = "before" }, -1),
            new(Zones.Main, "Bit", new { Text = "after" }, 1),
            new(Zones.Navigation, "Bit", new { Text = "菜单" }),
        };

        var html = await DisplayFixture.RenderAsync(_fixture.Display(storefrontTheme: "Theme"), "Page", withLayout: true, shapes: shapes, title: "公告");

        Assert.Equal("<title>公告 - Default</title>H[]N[<i>菜单</i>]M[<i>before</i><p>page</p><i>after</i>]F[<i>first</i><i>last</i>]", html);
    }

    [Fact]
    public async Task A_shape_for_an_unknown_zone_is_refused_by_name()
    {
        _fixture.Write("Theme", "Views/Layout.liquid", "{{ zones.main }}");
        _fixture.Write("Shop", "Views/Page.liquid", "x");

        var error = await Assert.ThrowsAsync<Templates.TemplateException>(() => DisplayFixture.RenderAsync(
            _fixture.Display(storefrontTheme: "Theme"), "Page", withLayout: true, shapes: [new ZoneShape("sidebar", "Page")]));

        Assert.Contains("sidebar", error.Message);
    }

    public void Dispose() => _fixture.Dispose();
}
