using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Commerce.Web.Tests.Infrastructure;

/// <summary>Helpers for the identity API in tests.</summary>
public static class IdentityClient
{
    public const string Password = "Tea-garden-2026";

    public sealed record User(string Id, string UserName, string? Email, bool LockedOut, string[] Roles);

    public sealed record Me(string? Id, string Name, string[] Roles, string? AuthenticationType);

    public sealed record CreatedToken(Guid Id, string Name, string Token, DateTimeOffset ExpiresUtc);

    /// <summary>Creates a user through the API with the caller's credentials (the API key, usually).</summary>
    public static async Task<User> CreateUserAsync(this HttpClient admin, string userName, params string[] roles)
    {
        var response = await admin.PostAsJsonAsync("api/identity/users", new { userName, email = $"{userName}@example.test", password = Password, roles });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<User>();
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password = Password)
        => client.PostAsJsonAsync("api/identity/sign-in", new { userName, password });

    public static async Task<CreatedToken> CreateTokenAsync(this HttpClient client, string name = "script", int days = 30)
    {
        var response = await client.PostAsJsonAsync("api/identity/tokens", new { name, expiresInDays = days });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CreatedToken>();
    }

    public static HttpRequestMessage Bearer(HttpMethod method, string path, string token, object? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = JsonContent.Create(json);
        }

        return request;
    }

    /// <summary>The problem's <c>type</c> and, for validation problems, the fields named in <c>errors</c>.</summary>
    public static async Task<(string? Type, string[] Fields)> ProblemAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        var fields = root.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToArray() : [];
        return (type, fields);
    }
}
