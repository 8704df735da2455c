using System.Text.RegularExpressions;
using Commerce.Browser.Tests.Infrastructure;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Commerce.Browser.Tests;

/// <summary>A food company applies from the storefront, is asked for a missing certificate, resubmits, is approved, and signs in to its back office.</summary>
public sealed class OnboardingTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private static FilePayload File(string name, string salt) => new() { Name = name, MimeType = "application/pdf", Buffer = [.. Pdf, .. System.Text.Encoding.UTF8.GetBytes(salt)] };

    private static async Task SaveAndContinueAsync(IPage page, string next)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/apply/steps/{next}$"));
    }

    private static async Task ProductionLicenceAsync(IPage page, string file)
    {
        await page.Locator("#number-food-production-licence").FillAsync("SC12345678901234");
        await page.Locator("#issued-food-production-licence").FillAsync("2024-01-01");
        await page.Locator("#expires-food-production-licence").FillAsync("2029-01-01");
        await page.Locator("#authority-food-production-licence").FillAsync("Fuzhou SAMR");
        await page.Locator("#files-food-production-licence").SetInputFilesAsync(File(file, file));
        await page.Locator("form[action$='/documents/food-production-licence'] button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/apply/steps/qualifications$"));
    }

    [Fact]
    public async Task A_food_company_applies_is_asked_for_a_certificate_resubmits_is_approved_and_opens_its_back_office()
    {
        await using var session = await BrowserSession.StartAsync();
        await session.Host.Admin().CreateUserAsync("chen", "Applicant");
        var page = session.Page;

        await page.GotoAsync("/account/sign-in?returnUrl=%2F");
        await session.SignInAsync("chen", IdentityClient.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Open a shop" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my application" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/apply/steps/agreement$"));
        await page.Locator("#terms").CheckAsync();
        await SaveAndContinueAsync(page, "company");
        await page.Locator("#legalName").FillAsync("Fujian Good Food Co., Ltd.");
        await page.Locator("#creditCode").FillAsync("91350100M000100Y43");
        await page.Locator("#legalRepresentative").FillAsync("Chen Jing");
        await page.Locator("#registeredAddress").FillAsync("88 Wuyi Road, Fuzhou");
        await page.Locator("#region").FillAsync("350100");
        await page.Locator("#businessLicence").SetInputFilesAsync(File("licence.pdf", "licence"));
        await SaveAndContinueAsync(page, "contact");
        await page.Locator("#name").FillAsync("Chen Jing");
        await page.Locator("#phone").FillAsync("13800138000");
        await page.Locator("#email").FillAsync("chen@goodfood.example");
        await SaveAndContinueAsync(page, "shop");
        await page.Locator("#name").FillAsync("Good Food Specialty Store");
        await page.Locator("#type").SelectOptionAsync("specialty");
        await SaveAndContinueAsync(page, "categories");
        await page.Locator("input[name=categories][value='food.packaged']").CheckAsync();
        await page.Locator("#isProducer").SelectOptionAsync("true");
        await page.Locator("#sellsImported").SelectOptionAsync("false");
        await page.Locator("#sellsAlcohol").SelectOptionAsync("false");
        await SaveAndContinueAsync(page, "qualifications");

        await page.Locator("#number-business-licence").FillAsync("91350100M000100Y43");
        await page.Locator("#issued-business-licence").FillAsync("2020-05-01");
        await page.Locator("#authority-business-licence").FillAsync("Fuzhou SAMR");
        await page.Locator("#files-business-licence").SetInputFilesAsync(File("licence.pdf", "licence"));
        await page.Locator("form[action$='/documents/business-licence'] button").ClickAsync();
        await ProductionLicenceAsync(page, "production-blurred.pdf");
        await page.GotoAsync("/apply/steps/review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my application" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/apply/progress$"));
        await Expect(page.GetByText("Status: Submitted")).ToBeVisibleAsync();

        var adminContext = await session.Context.Browser!.NewContextAsync(new() { BaseURL = session.Address.ToString() });
        var admin = await adminContext.NewPageAsync();
        await admin.GotoAsync("/account/sign-in?returnUrl=%2Fadmin%2Fonboarding");
        await admin.GetByLabel("User name or e-mail").FillAsync(BrowserSession.AdminName);
        await admin.GetByLabel("Password").FillAsync(BrowserSession.AdminPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Fujian Good Food Co., Ltd." }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Start review" }).ClickAsync();
        var certificate = admin.Locator("tr", new() { HasText = "Food production licence" });
        await certificate.Locator("input[name=reason]").FillAsync("The certificate scan is missing; upload the whole licence.");
        await certificate.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await admin.Locator("#reason-RequestChanges").FillAsync("One certificate is missing.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Request changes" }).ClickAsync();
        await Expect(admin.GetByText("Status: Changes requested")).ToBeVisibleAsync();

        await page.GotoAsync("/apply/progress");
        await Expect(page.GetByText("The certificate scan is missing; upload the whole licence.")).ToBeVisibleAsync();
        await page.GotoAsync("/apply/steps/qualifications");
        await ProductionLicenceAsync(page, "production-full.pdf");
        await page.GotoAsync("/apply/steps/review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resubmit" }).ClickAsync();
        await Expect(page.GetByText("Status: Submitted")).ToBeVisibleAsync();

        await admin.ReloadAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Start review" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(admin.GetByText("Status: Approved")).ToBeVisibleAsync();

        var merchantContext = await session.Context.Browser!.NewContextAsync(new() { BaseURL = session.Address.ToString() });
        var merchant = await merchantContext.NewPageAsync();
        await merchant.GotoAsync("/account/sign-in?returnUrl=%2Fmerchant");
        await merchant.GetByLabel("User name or e-mail").FillAsync("chen");
        await merchant.GetByLabel("Password").FillAsync(IdentityClient.Password);
        await merchant.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(merchant).ToHaveURLAsync(new Regex("/merchant$"));
        await Expect(merchant.GetByText("Good Food Specialty Store").First).ToBeVisibleAsync();
        await adminContext.DisposeAsync();
        await merchantContext.DisposeAsync();
    }
}
