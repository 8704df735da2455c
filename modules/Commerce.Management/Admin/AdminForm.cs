using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Management.Admin;

/// <summary>The antiforgery token a page's forms carry, as templates see it: <c>antiforgery.field_name</c>, <c>antiforgery.value</c>.</summary>
public sealed record AdminFormToken(string FieldName, string Value);

/// <summary>Antiforgery for the management pages' forms: issue the token, check a post.</summary>
internal static class AdminForm
{
    public static AdminFormToken Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new AdminFormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    /// <summary>Reads a form post after checking its antiforgery token; null when the check fails (answer 400 then).</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }

        return await context.Request.ReadFormAsync(context.RequestAborted);
    }

    /// <summary>A redirect after a successful post (303, so the browser follows with GET), under the tenant's prefix.</summary>
    public static IResult SeeOther(HttpContext context, string path)
    {
        context.Response.Headers.Location = context.Request.PathBase + path;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
