using Commerce.Display;
using Commerce.Modules;
using Commerce.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Storefront;

/// <summary>Adds the storefront home page at <c>/</c>, rendered from <c>Views/Home/Index.liquid</c> in the tenant's theme.</summary>
public sealed class Startup : ModuleStartup
{
    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapGet("/", (IPageRenderer pages, CancellationToken cancellationToken) => pages.PageAsync("Home/Index", null, cancellationToken: cancellationToken))
            .AsStorefrontEntry()
            .ExcludeFromDescription();
    }
}
