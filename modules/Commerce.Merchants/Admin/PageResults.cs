using Commerce.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Commerce.Merchants.Admin;

/// <summary>Answers shared by the admin and back-office pages.</summary>
internal static class PageResults
{
    public static Task<IResult> MessageAsync(IPageRenderer pages, IStringLocalizer text, PageAudience audience, string title, string message, int status)
        => pages.PageAsync("Merchants/Message", new { Message = text[message].Value }, new PageOptions(text[title], audience, status));

    /// <summary>The first error of each field, localized, for the templates (<c>errors.reason</c>).</summary>
    public static Dictionary<string, string> Errors(IStringLocalizer text, IReadOnlyDictionary<string, string[]>? errors)
        => (errors ?? new Dictionary<string, string[]>()).ToDictionary(e => e.Key, e => text[e.Value[0]].Value);

    public static IReadOnlyDictionary<string, string[]> Error(string field, string message) => new Dictionary<string, string[]> { [field] = [message] };
}
