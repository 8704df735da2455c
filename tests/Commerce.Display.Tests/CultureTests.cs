using Commerce.Display.Localization;
using Microsoft.AspNetCore.Http;

namespace Commerce.Display.Tests;

/// <summary>The request culture: cookie, then Accept-Language, then the tenant default; matched to en or zh-CN.</summary>
public sealed class CultureTests
{
    private static readonly System.Globalization.CultureInfo English = DisplayCultures.Match("en")!;

    [Theory]
    [InlineData(null, null, "en")]
    [InlineData(null, "zh-CN,zh;q=0.9,en;q=0.8", "zh-CN")]
    [InlineData(null, "fr-FR, zh-TW;q=0.8, en;q=0.5", "zh-CN")]
    [InlineData(null, "en;q=0.4, zh;q=0.9", "zh-CN")]
    [InlineData(null, "fr, de", "en")]
    [InlineData("c=zh-CN|uic=zh-CN", "en", "zh-CN")]
    [InlineData("c=en|uic=en", "zh-CN", "en")]
    [InlineData("c=xx|uic=xx", "zh-CN", "zh-CN")]
    public void Cookie_wins_then_accept_language_by_quality_then_the_default(string? cookie, string? acceptLanguage, string expected)
    {
        var context = new DefaultHttpContext();
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = DisplayCultures.CookieName + "=" + Uri.EscapeDataString(cookie);
        }

        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        Assert.Equal(expected, CultureMiddleware.Resolve(context.Request, English).Name);
    }

    [Fact]
    public void The_tenant_default_applies_when_the_visitor_says_nothing()
        => Assert.Equal("zh-CN", CultureMiddleware.Resolve(new DefaultHttpContext().Request, DisplayCultures.Match("zh-CN")!).Name);

    [Theory]
    [InlineData("/", true)]
    [InlineData("/announcements?page=2", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("", false)]
    public void Only_local_return_urls_are_followed(string url, bool local)
        => Assert.Equal(local, CultureEndpoints.IsLocalPath(url));
}
