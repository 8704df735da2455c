using Microsoft.AspNetCore.Identity;

namespace Commerce.Identity.Services;

/// <summary>Turns Identity's error codes into validation errors keyed by the field they are about.</summary>
public static class IdentityErrors
{
    /// <summary>For calls whose failure is a programming or data error, not the user's input.</summary>
    internal static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    public static Dictionary<string, string[]> ByField(IdentityResult result, string passwordField = "password")
        => result.Errors
            .GroupBy(e => FieldOf(e.Code, passwordField))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());

    internal static string FieldOf(string code, string passwordField) => code switch
    {
        _ when code.Contains("UserName", StringComparison.Ordinal) => "userName",
        _ when code.Contains("Email", StringComparison.Ordinal) => "email",
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        _ when code.Contains("RoleName", StringComparison.Ordinal) => "name",
        "InvalidToken" => "token",
        _ => "general",
    };
}
