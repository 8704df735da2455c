using Commerce.Management.Api;
using Commerce.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Management;

/// <summary>Adds <c>/api/tenants</c>.</summary>
[ForFeature("Commerce.Tenants")]
public sealed class TenantsStartup : ModuleStartup
{
    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
        => routes.MapTenantsApi();
}
