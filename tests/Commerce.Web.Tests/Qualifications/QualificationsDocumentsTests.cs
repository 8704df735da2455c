using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Qualifications.QualificationsClient;

namespace Commerce.Web.Tests.Qualifications;

/// <summary>Uploads, the auditors' verification and rejection, downloads and the audit log, through HTTP.</summary>
public sealed class QualificationsDocumentsTests
{
    private const string CreditCode = "91350100M000100Y43";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_merchant_uploads_an_auditor_rejects_then_verifies_and_every_step_is_in_the_audit_log(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var merchantId = Guid.NewGuid();
        var (merchant, merchantUserId) = await MerchantPersonAsync(host, "shopkeeper", merchantId);
        var auditor = await SignedInAsync(host, "audrey", "Auditor");

        // Nobody else may set the profile; the merchant's own people may.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignedInAsync(host, "stranger")).PutAsJsonAsync($"/api/qualifications/merchants/{merchantId}/profile", new { categories = new[] { "toys" }, shopType = "specialty" })).StatusCode);
        await SetProfileAsync(merchant, merchantId, ["toys"]);

        var due = await RequirementsAsync(merchant, merchantId);
        Assert.Equal(["business-licence", "ccc-certificate", "quality-inspection-report"], due.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("currentlyDue", due.State("business-licence"));
        Assert.True(due["business-licence"].GetProperty("deadline").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(29));

        var uploaded = await UploadAsync(merchant, merchantId, "business-licence", Pdf("licence v1"), number: CreditCode);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var first = await uploaded.ReadAsync<JsonElement>();
        Assert.Equal("pending", first.GetProperty("review").GetString());
        Assert.Equal("pendingVerification", (await RequirementsAsync(merchant, merchantId)).State("business-licence"));

        var queue = await auditor.GetFromJsonAsync<JsonElement>("/api/qualifications/review");
        Assert.Contains(queue.EnumerateArray(), d => d.GetProperty("id").GetGuid() == first.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await merchant.GetAsync("/api/qualifications/review")).StatusCode);

        var noReason = await auditor.PostAsJsonAsync($"/api/qualifications/documents/{first.GetProperty("id")}/reject", new { reason = " " });
        Assert.Equal(["reason"], (await noReason.ProblemAsync()).Fields);
        var rejected = await auditor.PostAsJsonAsync($"/api/qualifications/documents/{first.GetProperty("id")}/reject", new { reason = "The seal is not legible.", version = 0 });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var afterRejection = await RequirementsAsync(merchant, merchantId);
        Assert.Equal("rejected", afterRejection.State("business-licence"));
        Assert.Contains("The seal is not legible", afterRejection["business-licence"].GetProperty("reason").GetString());
        // A decided document cannot be decided again.
        Assert.Equal(HttpStatusCode.Conflict, (await auditor.PostAsJsonAsync($"/api/qualifications/documents/{first.GetProperty("id")}/verify", new { })).StatusCode);

        var second = await (await UploadAsync(merchant, merchantId, "business-licence", Pdf("licence v2"), number: CreditCode)).ReadAsync<JsonElement>();
        var verified = await auditor.PostAsJsonAsync($"/api/qualifications/documents/{second.GetProperty("id")}/verify", new { version = 0 });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("verified", (await RequirementsAsync(merchant, merchantId)).State("business-licence"));

        var log = await merchant.GetFromJsonAsync<JsonElement>($"/api/qualifications/merchants/{merchantId}/audit-log");
        var actions = log.EnumerateArray().Select(e => (Action: e.GetProperty("action").GetString(), User: e.GetProperty("userId").GetString(), Detail: e.GetProperty("detail").GetString())).ToList();
        Assert.Equal(["profile-changed", "uploaded", "rejected", "uploaded", "verified"], actions.Select(a => a.Action).Reverse());
        Assert.All(actions.Where(a => a.Action == "uploaded"), a => Assert.Equal(merchantUserId, a.User));
        Assert.Contains(actions, a => a.Action == "rejected" && a.Detail == "The seal is not legible." && a.User != merchantUserId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Uploads_are_judged_by_content_size_and_details_and_files_are_stored_once_and_served_only_to_their_owners(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var merchantId = Guid.NewGuid();
        var (merchant, _) = await MerchantPersonAsync(host, "shopkeeper", merchantId);
        var (otherMerchant, _) = await MerchantPersonAsync(host, "rival", Guid.NewGuid());
        var auditor = await SignedInAsync(host, "audrey", "Auditor");
        await SetProfileAsync(merchant, merchantId, ["toys"]);

        var text = await UploadAsync(merchant, merchantId, "business-licence", "just text, named like a PDF"u8.ToArray(), "licence.pdf", number: CreditCode);
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Equal(["files"], (await text.ProblemAsync()).Fields);
        var png = await UploadAsync(merchant, merchantId, "quality-inspection-report", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "report.pdf", number: "CNAS L1234");
        Assert.Equal(["files"], (await png.ProblemAsync()).Fields); // this type takes PDFs only
        var large = new byte[10 * 1024 * 1024 + 1];
        Pdf("large").CopyTo(large, 0);
        Assert.Equal(["files"], (await (await UploadAsync(merchant, merchantId, "business-licence", large, number: CreditCode)).ProblemAsync()).Fields);
        var details = await UploadAsync(merchant, merchantId, "business-licence", Pdf("x"), number: "91350100M000100Y42", issuedOn: "2099-01-01", authority: null);
        Assert.Equal(["issuedOn", "issuingAuthority", "number"], (await details.ProblemAsync()).Fields.Order());
        Assert.Equal(["documentType"], (await (await UploadAsync(merchant, merchantId, "no-such-type", Pdf("x"))).ProblemAsync()).Fields);
        Assert.Empty((await merchant.GetFromJsonAsync<JsonElement[]>($"/api/qualifications/merchants/{merchantId}/documents"))!);

        // A name full of path tricks reaches no path: the file is stored under its hash, the same bytes once.
        var bytes = Pdf("the one licence");
        var firstUpload = await (await UploadAsync(merchant, merchantId, "business-licence", bytes, "../../../../evil.pdf", number: CreditCode)).ReadAsync<JsonElement>();
        var secondUpload = await (await UploadAsync(merchant, merchantId, "business-licence", bytes, "..\\..\\evil.pdf", number: CreditCode)).ReadAsync<JsonElement>();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal(hash, firstUpload.GetProperty("files")[0].GetString());
        Assert.Equal(hash, secondUpload.GetProperty("files")[0].GetString());
        var stored = Directory.GetFiles(store.DataPath, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).StartsWith(hash, StringComparison.Ordinal)).ToList();
        Assert.Single(stored);
        Assert.Empty(Directory.GetFiles(store.DataPath, "evil.pdf", SearchOption.AllDirectories));

        var path = $"/api/qualifications/merchants/{merchantId}/documents/{firstUpload.GetProperty("id")}/files/{hash}";
        var own = await merchant.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes, await own.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherMerchant.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Visitor().GetAsync(path)).StatusCode);
        // Keys other than the document's own hashes, and anything shaped like a path, find nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await merchant.GetAsync($"/api/qualifications/merchants/{merchantId}/documents/{firstUpload.GetProperty("id")}/files/..%2F..%2Fcommerce.db")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await merchant.GetAsync($"/api/qualifications/merchants/{merchantId}/documents/{firstUpload.GetProperty("id")}/files/{new string('0', 64)}")).StatusCode);
        var log = await auditor.GetFromJsonAsync<JsonElement>($"/api/qualifications/merchants/{merchantId}/audit-log");
        Assert.Equal(2, log.EnumerateArray().Count(e => e.GetProperty("action").GetString() == "downloaded"));
    }
}
