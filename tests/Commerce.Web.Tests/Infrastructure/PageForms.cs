using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Web.Tests.Infrastructure;

/// <summary>The server-rendered pages as a browser without JavaScript uses them: cookies, visible redirects, forms with their antiforgery token.</summary>
public static partial class PageForms
{
    /// <summary>A host whose setup recipe creates the administrator <paramref name="userName"/>.</summary>
    public static TestHost HostWithAdmin(TestStore store, string userName, string password) => new(store, new Dictionary<string, string?>
    {
        ["Commerce:Setup:AdminUserName"] = userName,
        ["Commerce:Setup:AdminPassword"] = password,
    });

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Browser(TestHost host) => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Signs in through the sign-in form and checks it redirected.</summary>
    public static async Task SignInWithFormAsync(this HttpClient browser, string userName, string password)
    {
        var page = await browser.GetStringAsync("/account/sign-in");
        var signedIn = await browser.PostFormAsync("/account/sign-in", page, new() { ["userName"] = userName, ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    /// <summary>Posts a form the way a browser does: the fields given plus the antiforgery token <paramref name="page"/> rendered.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string action, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Token(page);
        return browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>A form post with repeated fields (checkboxes) and the antiforgery token the page rendered.</summary>
    public static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields)
        => new([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", Token(page))]);

    private static string Token(string page)
    {
        var token = AntiforgeryPattern().Match(page);
        Assert.True(token.Success, "The page has no antiforgery field.");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
