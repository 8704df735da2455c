using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Shells;
using Commerce.Storefront.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Storefront;

/// <summary>Adds the storefront home page at <c>/</c>.</summary>
public sealed class Startup : ModuleStartup
{
    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapGet("/", (HttpContext context, TenantInfo tenant, IStorefrontNavigation navigation) =>
                StorefrontPage.Render(context, tenant.Name, navigation.GetItems(), "<p>Welcome.</p>"))
            .AsStorefrontEntry()
            .ExcludeFromDescription();
    }
}
