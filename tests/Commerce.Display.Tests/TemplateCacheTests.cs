namespace Commerce.Display.Tests;

/// <summary>Templates parse once per file version: an edit (Development's source files) shows on the next render.</summary>
public sealed class TemplateCacheTests : IDisposable
{
    private readonly DisplayFixture _fixture = new DisplayFixture().Module("Shop").Theme("Theme");

    [Fact]
    public async Task An_unchanged_template_is_parsed_once_and_an_edited_one_again_on_the_next_render()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "first {{ site.name }}");
        var display = _fixture.Display();

        Assert.Equal("first Default", await DisplayFixture.RenderAsync(display, "Page"));
        Assert.Equal("first Default", await DisplayFixture.RenderAsync(display, "Page"));
        Assert.Equal(1, _fixture.Cache.ParseCount);

        _fixture.Write("Shop", "Views/Page.liquid", "second {{ site.name }}");

        Assert.Equal("second Default", await DisplayFixture.RenderAsync(display, "Page"));
        Assert.Equal("second Default", await DisplayFixture.RenderAsync(display, "Page"));
        Assert.Equal(2, _fixture.Cache.ParseCount);
    }

    [Fact]
    public async Task A_theme_file_added_while_running_takes_over_on_the_next_render()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "module");
        var display = _fixture.Display(storefrontTheme: "Theme");
        Assert.Equal("module", await DisplayFixture.RenderAsync(display, "Page"));

        _fixture.Write("Theme", "Views/Page.liquid", "theme");

        Assert.Equal("theme", await DisplayFixture.RenderAsync(display, "Page"));
    }

    [Fact]
    public async Task An_edited_string_table_shows_on_the_next_render()
    {
        _fixture.Write("Shop", "Views/Page.liquid", "{{ \"Cart\" | t }}");
        _fixture.Write("Shop", "Locales/zh-CN.json", """{ "Cart": "购物车" }""");
        var display = _fixture.Display();
        Assert.Equal("购物车", await DisplayFixture.RenderAsync(display, "Page", culture: "zh-CN"));

        _fixture.Write("Shop", "Locales/zh-CN.json", """{ "Cart": "我的购物车" }""");

        Assert.Equal("我的购物车", await DisplayFixture.RenderAsync(display, "Page", culture: "zh-CN"));
    }

    public void Dispose() => _fixture.Dispose();
}
