using Commerce.Management.Api;
using Commerce.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Commerce.Security;

namespace Commerce.Management;

/// <summary>Adds <c>/api/features</c>.</summary>
[ForFeature("Commerce.Features")]
public sealed class FeaturesStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
        => services.AddSingleton<IPermissionProvider, FeaturesPermissionProvider>();

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
        => routes.MapFeaturesApi();
}
