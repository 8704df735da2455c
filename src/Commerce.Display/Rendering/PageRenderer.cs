using Microsoft.AspNetCore.Http;

namespace Commerce.Display.Rendering;

/// <summary>Makes page results; they render when ASP.NET Core executes them, with the request's culture and services.</summary>
internal sealed class PageRenderer : IPageRenderer
{
    public Task<IResult> PageAsync(string template, object? model, PageOptions? options = null, CancellationToken cancellationToken = default)
        => Task.FromResult<IResult>(new PageResult(template, model, options ?? new PageOptions(), WithLayout: true));

    public Task<IResult> PartialAsync(string template, object? model, PageOptions? options = null, CancellationToken cancellationToken = default)
        => Task.FromResult<IResult>(new PageResult(template, model, options ?? new PageOptions(), WithLayout: false));
}
