using System.Net;
using System.Text.RegularExpressions;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Infrastructure.PageForms;
using static Commerce.Web.Tests.Onboarding.Onboarding;

namespace Commerce.Web.Tests.Onboarding;

/// <summary>The applicant's and the auditors' pages as a browser without JavaScript uses them, in English and Chinese.</summary>
public sealed partial class OnboardingPagesTests
{
    [Fact]
    public async Task An_applicant_applies_through_the_forms_and_an_auditor_decides_on_the_admin_pages()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = HostWithAdmin(store, "boss", "Boss-password-1");
        await UseShortStepsAsync(host.Admin());
        await host.Admin().CreateUserAsync("shopkeeper", "Applicant");
        var applicant = Browser(host);
        await applicant.SignInWithFormAsync("shopkeeper", IdentityClient.Password);

        var landing = await applicant.GetStringAsync("/apply");
        Assert.Contains("Start my application", landing);
        var started = await applicant.PostFormAsync("/apply/start", landing, []);
        Assert.Equal(HttpStatusCode.SeeOther, started.StatusCode);
        Assert.Equal("/apply/steps/company", started.Headers.Location!.OriginalString);

        var company = await applicant.GetStringAsync("/apply/steps/company");
        var refused = await applicant.PostFormAsync("/apply/steps/company", company, new() { ["version"] = Version(company), ["legalName"] = "Form Foods", ["creditCode"] = "not-a-code" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"error\" id=\"creditCode-error\">The value does not have the expected format.</span>", refusedHtml);
        Assert.Contains("value=\"Form Foods\"", refusedHtml);

        var saved = await applicant.PostFormAsync("/apply/steps/company", company, new()
        {
            ["version"] = Version(company), ["legalName"] = "Form Foods", ["creditCode"] = "91350100M000100Y43", ["region"] = "350100",
            ["representative"] = "Lin", ["address"] = "5 Harbour Road",
        });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal("/apply/steps/shop", saved.Headers.Location!.OriginalString);
        var shop = await applicant.GetStringAsync("/apply/steps/shop");
        var shopForm = Form(shop, ("version", Version(shop)), ("name", "Form Shop"), ("type", "flagship"), ("categories", "food"), ("categories", "tea"), ("terms", "true"));
        Assert.Equal("/apply/steps/review", (await applicant.PostAsync("/apply/steps/shop", shopForm)).Headers.Location!.OriginalString);
        var review = await applicant.GetStringAsync("/apply/steps/review");
        Assert.Contains("<dd>food, tea</dd>", review);
        Assert.Equal(HttpStatusCode.SeeOther, (await applicant.PostFormAsync("/apply/submit", review, new() { ["version"] = Version(review) })).StatusCode);
        var progress = await applicant.GetStringAsync("/apply/progress");
        Assert.Contains("<strong>Submitted</strong>", progress);

        var auditor = Browser(host);
        await auditor.SignInWithFormAsync("boss", "Boss-password-1");
        var queue = await auditor.GetStringAsync("/admin/onboarding");
        var link = QueueLink().Match(queue);
        Assert.True(link.Success, queue);
        Assert.Contains(">Form Foods</a>", queue);
        var path = link.Groups[1].Value;
        var page = await auditor.GetStringAsync(path);
        Assert.Equal(HttpStatusCode.SeeOther, (await auditor.PostFormAsync(path + "/review", page, new() { ["version"] = Version(page) })).StatusCode);
        page = await auditor.GetStringAsync(path);
        Assert.Equal(HttpStatusCode.SeeOther, (await auditor.PostFormAsync(path + "/verdict", page, new() { ["version"] = Version(page), ["item"] = "shop.name", ["accepted"] = "false", ["reason"] = "Name taken" })).StatusCode);
        page = await auditor.GetStringAsync(path);
        Assert.Contains("rejected: Name taken", page);
        var stale = await auditor.PostFormAsync(path + "/request-changes", page, new() { ["version"] = "1" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await auditor.PostFormAsync(path + "/request-changes", page, new() { ["version"] = Version(page), ["reason"] = "Pick another name" })).StatusCode);

        progress = await applicant.GetStringAsync("/apply/progress");
        Assert.Contains("<strong>Changes requested</strong>", progress);
        Assert.Contains("Name taken", progress);
        shop = await applicant.GetStringAsync("/apply/steps/shop");
        Assert.Matches("<input id=\"name\" name=\"name\" value=\"Form Shop\"[^>]*>", shop);
        Assert.Contains("id=\"type\" name=\"type\" disabled", shop);

        var settings = await auditor.GetStringAsync("/admin/onboarding/settings");
        Assert.Matches("<textarea id=\"steps\"[^>]*>[^<]*key[^<]*company[^<]*</textarea>", settings);
        Assert.Contains("<input type=\"radio\" name=\"mode\" value=\"Guided\" checked>", settings);
        var chinese = Browser(host);
        chinese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        Assert.Contains("我要开店", await chinese.GetStringAsync("/"));
        Assert.Contains("登录后申请", await chinese.GetStringAsync("/apply"));
    }

    private static string Version(string page) => VersionField().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("<a href=\"(/admin/onboarding/[0-9a-f-]{36})\">")]
    private static partial Regex QueueLink();
}
