using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Onboarding.Onboarding;

namespace Commerce.Web.Tests.Onboarding;

/// <summary>
/// The default recipe's guided steps with Qualifications enabled: the documents asked for follow what the food company
/// chose, uploads are judged by content, and the verified documents go to the new merchant's qualifications.
/// </summary>
public sealed class QualificationsFlowTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private static async Task<string> UploadAsync(HttpClient applicant, JsonElement application, byte[] content, string name)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        var uploaded = await applicant.PostAsync($"api/onboarding/applications/{Id(application)}/files", form);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var file = await uploaded.ReadAsync<JsonElement>();
        Assert.Equal("pdf", file.GetProperty("kind").GetString());
        return file.GetProperty("sha256").GetString()!;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_food_producer_provides_the_documents_its_choices_require_and_they_reach_the_merchant_verified(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var applicant = await ApplicantAsync(host);
        var auditor = await AuditorAsync(host);

        var application = await StartAsync(applicant);
        Assert.Equal(["agreement", "company", "contact", "shop", "categories", "qualifications", "review"], application.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        var licenceScan = await UploadAsync(applicant, application, Pdf, "licence.pdf");
        application = await GetAsync(applicant, $"api/onboarding/applications/{Id(application)}");
        application = await SaveStepOkAsync(applicant, application, "agreement", new { terms = true });
        application = await SaveStepOkAsync(applicant, application, "company", new { legalName = "Fujian Good Food Co., Ltd.", creditCode = "91350100M000100Y43", legalRepresentative = "Chen Jing", registeredAddress = "88 Wuyi Road, Fuzhou", region = "350100", businessLicence = licenceScan });
        application = await SaveStepOkAsync(applicant, application, "contact", new { name = "Chen Jing", phone = "13800138000", email = "chen@goodfood.example" });
        application = await SaveStepOkAsync(applicant, application, "shop", new { name = "Good Food Specialty Store", type = "specialty" });
        var categories = application.GetProperty("steps")[4].GetProperty("fields")[0].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Contains("medical.device-ii", categories);
        application = await SaveStepOkAsync(applicant, application, "categories", new { categories = new[] { "food.packaged" }, isProducer = "true", sellsImported = "false", sellsAlcohol = "false" });

        var requirements = application.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("key").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["business-licence", "food-production-licence"], requirements);
        Assert.Equal(["document:business-licence", "document:food-production-licence"], MissingKeys(application).Order(StringComparer.Ordinal));

        var refused = await applicant.PutAsJsonAsync($"api/onboarding/applications/{Id(application)}/documents/food-production-licence",
            new { version = Version(application), documentType = "food-production-licence", number = "JY12345678901234", issuedOn = "2024-01-01", issuingAuthority = "Fuzhou SAMR", files = new[] { licenceScan } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("expiresOn", (await refused.ProblemAsync()).Fields);
        var wrongType = await applicant.PutAsJsonAsync($"api/onboarding/applications/{Id(application)}/documents/food-production-licence",
            new { version = Version(application), documentType = "food-business-licence", number = "JY12345678901234", files = new[] { licenceScan } });
        Assert.Contains("documentType", (await wrongType.ProblemAsync()).Fields);

        var productionScan = await UploadAsync(applicant, application, [.. Pdf, .. "production"u8.ToArray()], "production.pdf");
        application = await GetAsync(applicant, $"api/onboarding/applications/{Id(application)}");
        var saved = await applicant.PutAsJsonAsync($"api/onboarding/applications/{Id(application)}/documents/food-production-licence",
            new { version = Version(application), documentType = "food-production-licence", number = "SC12345678901234", issuedOn = "2024-01-01", expiresOn = "2029-01-01", issuingAuthority = "Fuzhou SAMR", files = new[] { productionScan } });
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        application = await saved.ReadAsync<JsonElement>();
        saved = await applicant.PutAsJsonAsync($"api/onboarding/applications/{Id(application)}/documents/business-licence",
            new { version = Version(application), documentType = "business-licence", number = "91350100M000100Y43", issuedOn = "2020-05-01", issuingAuthority = "Fuzhou SAMR", files = new[] { licenceScan } });
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        application = await saved.ReadAsync<JsonElement>();
        Assert.Empty(MissingKeys(application));

        application = await SubmitAsync(applicant, application);
        var reviewed = await ReviewAsync(auditor, application);
        reviewed = await PostOkAsync(auditor, $"api/onboarding/audit/{Id(reviewed)}/verdicts", new
        {
            version = Version(reviewed),
            verdicts = new[] { new { item = "document:business-licence", accepted = true }, new { item = "document:food-production-licence", accepted = true } },
        });
        var download = await auditor.GetAsync($"api/onboarding/audit/{Id(reviewed)}/files/{productionScan}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var approved = await PostOkAsync(auditor, $"api/onboarding/audit/{Id(reviewed)}/approve", new { version = Version(reviewed), gradeId = "flagship" });
        var merchantId = approved.GetProperty("merchantId").GetString();
        Assert.NotNull(merchantId);
        Assert.Contains("\"flagship\"", (await GetAsync(admin, $"api/merchants/{merchantId}")).GetRawText());

        var documents = await GetAsync(admin, $"api/qualifications/merchants/{merchantId}/documents");
        var imported = documents.GetRawText();
        Assert.Contains("SC12345678901234", imported);
        Assert.Contains("food-production-licence", imported);
    }
}
