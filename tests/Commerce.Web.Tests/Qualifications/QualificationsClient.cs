using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commerce.Security;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Qualifications;

/// <summary>Merchants, their people and their uploads, for the qualifications tests.</summary>
internal static class QualificationsClient
{
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    /// <summary>A user who is one of <paramref name="merchantId"/>'s people, signed in with a cookie.</summary>
    public static async Task<(HttpClient Client, string UserId)> MerchantPersonAsync(TestHost host, string userName, Guid merchantId)
    {
        var user = await host.Admin().CreateUserAsync(userName, RoleNames.MerchantOwner);
        await host.InShellAsync(async sp =>
        {
            await sp.GetRequiredService<IUserDirectory>().AddMerchantMembershipAsync(user.Id, merchantId);
            return true;
        });
        var client = host.Visitor();
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(userName)).StatusCode);
        return (client, user.Id);
    }

    public static async Task<HttpClient> SignedInAsync(TestHost host, string userName, params string[] roles)
    {
        await host.Admin().CreateUserAsync(userName, roles);
        var client = host.Visitor();
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(userName)).StatusCode);
        return client;
    }

    public static async Task SetProfileAsync(HttpClient client, Guid merchantId, string[] categories, string shopType = "specialty", string[]? brands = null)
    {
        var response = await client.PutAsJsonAsync($"/api/qualifications/merchants/{merchantId}/profile", new { categories, brands = brands ?? [], answers = new Dictionary<string, string>(), shopType });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> UploadAsync(
        HttpClient client, Guid merchantId, string documentType, byte[] file, string fileName = "scan.pdf",
        string? number = null, string? issuedOn = "2026-01-05", string? expiresOn = null, string? authority = "Market regulation bureau", string? brand = null)
    {
        var form = new MultipartFormDataContent();
        void Field(string name, string? value)
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), name);
            }
        }

        Field("documentType", documentType);
        Field("number", number);
        Field("issuedOn", issuedOn);
        Field("expiresOn", expiresOn);
        Field("issuingAuthority", authority);
        Field("brand", brand);
        form.Add(new ByteArrayContent(file), "files", fileName);
        return client.PostAsync($"/api/qualifications/merchants/{merchantId}/documents", form);
    }

    public static async Task<Dictionary<string, JsonElement>> RequirementsAsync(HttpClient client, Guid merchantId)
    {
        var response = await client.GetAsync($"/api/qualifications/merchants/{merchantId}/requirements");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var set = await response.ReadAsync<JsonElement>();
        return set.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("key").GetString()!);
    }

    public static string State(this Dictionary<string, JsonElement> items, string key) => items[key].GetProperty("state").GetString()!;
}
