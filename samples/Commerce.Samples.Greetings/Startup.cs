using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Samples.Greetings;

/// <summary>A storefront page at <c>/greetings</c> and its menu link.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
        => services.AddSingleton<IStorefrontNavigationProvider, GreetingsNavigation>();

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
        => routes.MapGet("/greetings", (TenantInfo tenant) => TypedResults.Text($"欢迎光临 {tenant.Name} / Welcome to {tenant.Name}"))
            .AsStorefrontEntry()
            .ExcludeFromDescription();

    private sealed class GreetingsNavigation : IStorefrontNavigationProvider
    {
        public IEnumerable<NavigationItem> GetItems() => [new NavigationItem("Greetings", "/greetings", 90)];
    }
}
