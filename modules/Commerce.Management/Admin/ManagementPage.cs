using Commerce.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Commerce.Management.Admin;

/// <summary>The management pages' answers that are only a message: a missing feature or theme.</summary>
internal static class ManagementPage
{
    public static Task<IResult> NotFoundAsync(IPageRenderer pages, IStringLocalizer text, CancellationToken cancellationToken)
        => MessageAsync(pages, text["Not found"], text["There is nothing here by that name."], StatusCodes.Status404NotFound, cancellationToken);

    private static Task<IResult> MessageAsync(IPageRenderer pages, string title, string message, int status, CancellationToken cancellationToken)
        => pages.PageAsync("Management/Message", new { Message = message }, new PageOptions(title, PageAudience.Admin, status), cancellationToken);
}
