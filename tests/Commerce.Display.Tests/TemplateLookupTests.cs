using Commerce.Display.Templates;

namespace Commerce.Display.Tests;

/// <summary>Where templates come from: the tenant's theme, its base themes, then the modules; per audience.</summary>
public sealed class TemplateLookupTests : IDisposable
{
    private readonly DisplayFixture _fixture = new DisplayFixture()
        .Module("Commerce.Display")
        .Module("Shop")
        .Module("Shop.Extras")
        .Theme("Base")
        .Theme("Child", baseTheme: "Base")
        .Theme("AdminTheme");

    [Fact]
    public async Task The_theme_wins_then_its_base_theme_then_the_module()
    {
        _fixture.Write("Shop", "Views/Shop/Index.liquid", "module");
        var display = _fixture.Display(storefrontTheme: "Child");
        Assert.Equal("module", await DisplayFixture.RenderAsync(display, "Shop/Index"));

        _fixture.Write("Base", "Views/Shop/Index.liquid", "base theme");
        Assert.Equal("base theme", await DisplayFixture.RenderAsync(_fixture.Display(storefrontTheme: "Child"), "Shop/Index"));

        _fixture.Write("Child", "Views/Shop/Index.liquid", "child theme");
        Assert.Equal("child theme", await DisplayFixture.RenderAsync(_fixture.Display(storefrontTheme: "Child"), "Shop/Index"));

        // The base theme alone does not see what its derived theme ships.
        Assert.Equal("base theme", await DisplayFixture.RenderAsync(_fixture.Display(storefrontTheme: "Base"), "Shop/Index"));
    }

    [Fact]
    public async Task A_module_overrides_a_module_it_depends_on_and_the_display_defaults_come_last()
    {
        _fixture.Write("Commerce.Display", "Views/Shared/Card.liquid", "default card");
        Assert.Equal("default card", await DisplayFixture.RenderAsync(_fixture.Display(), "Shared/Card"));

        _fixture.Write("Shop", "Views/Shared/Card.liquid", "shop card");
        _fixture.Write("Shop.Extras", "Views/Shared/Card.liquid", "extras card");
        Assert.Equal("extras card", await DisplayFixture.RenderAsync(_fixture.Display(), "Shared/Card"));
    }

    [Fact]
    public async Task Admin_pages_use_the_admin_theme_and_storefront_pages_the_storefront_theme()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "body");
        _fixture.Write("Child", "Views/Layout.liquid", "storefront[{{ zones.main }}]");
        _fixture.Write("AdminTheme", "Views/Layout.liquid", "admin[{{ zones.main }}]");
        var display = _fixture.Display(storefrontTheme: "Child", adminTheme: "AdminTheme");

        Assert.Equal("storefront[body]", await DisplayFixture.RenderAsync(display, "Page", withLayout: true));
        Assert.Equal("admin[body]", await DisplayFixture.RenderAsync(display, "Page", audience: PageAudience.Admin, withLayout: true));
        Assert.Equal("admin[body]", await DisplayFixture.RenderAsync(display, "Page", audience: PageAudience.Merchant, withLayout: true));
    }

    [Fact]
    public async Task Partials_rendered_from_a_template_follow_the_same_lookup()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "{% render 'Shared/Badge', label: 'new' %}");
        _fixture.Write("Shop", "Views/Shared/Badge.liquid", "module {{ label }}");
        Assert.Equal("module new", await DisplayFixture.RenderAsync(_fixture.Display(storefrontTheme: "Child"), "Page"));

        _fixture.Write("Base", "Views/Shared/Badge.liquid", "themed {{ label }}");
        Assert.Equal("themed new", await DisplayFixture.RenderAsync(_fixture.Display(storefrontTheme: "Child"), "Page"));
    }

    [Fact]
    public async Task A_missing_template_names_where_it_was_looked_for()
    {
        var error = await Assert.ThrowsAsync<TemplateException>(() => DisplayFixture.RenderAsync(_fixture.Display(storefrontTheme: "Child"), "Nowhere/Page"));
        Assert.Contains("Views/Nowhere/Page.liquid", error.Message);
        Assert.Contains("Child, Base, Shop.Extras, Shop, Commerce.Display", error.Message);
    }

    [Fact]
    public async Task A_template_that_does_not_parse_names_its_file_and_source()
    {
        _fixture.Write("Shop", "Views/Broken.liquid", "{% if %}");
        var error = await Assert.ThrowsAsync<TemplateException>(() => DisplayFixture.RenderAsync(_fixture.Display(), "Broken"));
        Assert.Contains("Views/Broken.liquid", error.Message);
        Assert.Contains("Shop", error.Message);
    }

    public void Dispose() => _fixture.Dispose();
}
