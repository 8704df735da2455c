using Commerce.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Benchmarks;

/// <summary><c>GET /ping</c> answering <c>pong</c>: the tenant side of the throughput comparison.</summary>
[ForFeature(BenchFeatures.Ping)]
public sealed class PingStartup : ModuleStartup
{
    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
        => routes.MapGet("/ping", () => "pong");
}
