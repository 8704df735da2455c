using Commerce.Modules;
using Commerce.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Benchmarks;

/// <summary>
/// One startup per benchmark feature; each maps <c>GET /bench/fNN</c> as a storefront entry, so hiding the
/// feature turns it into a 404 just as disabling does. The twenty subclasses below differ only in their number.
/// </summary>
public abstract class BenchFeatureStartup(int number) : ModuleStartup
{
    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        var body = $"f{number:00}";
        routes.MapGet($"/bench/{body}", () => body).AsStorefrontEntry();
    }
}

[ForFeature("Bench.F01")] public sealed class F01Startup() : BenchFeatureStartup(1);
[ForFeature("Bench.F02")] public sealed class F02Startup() : BenchFeatureStartup(2);
[ForFeature("Bench.F03")] public sealed class F03Startup() : BenchFeatureStartup(3);
[ForFeature("Bench.F04")] public sealed class F04Startup() : BenchFeatureStartup(4);
[ForFeature("Bench.F05")] public sealed class F05Startup() : BenchFeatureStartup(5);
[ForFeature("Bench.F06")] public sealed class F06Startup() : BenchFeatureStartup(6);
[ForFeature("Bench.F07")] public sealed class F07Startup() : BenchFeatureStartup(7);
[ForFeature("Bench.F08")] public sealed class F08Startup() : BenchFeatureStartup(8);
[ForFeature("Bench.F09")] public sealed class F09Startup() : BenchFeatureStartup(9);
[ForFeature("Bench.F10")] public sealed class F10Startup() : BenchFeatureStartup(10);
[ForFeature("Bench.F11")] public sealed class F11Startup() : BenchFeatureStartup(11);
[ForFeature("Bench.F12")] public sealed class F12Startup() : BenchFeatureStartup(12);
[ForFeature("Bench.F13")] public sealed class F13Startup() : BenchFeatureStartup(13);
[ForFeature("Bench.F14")] public sealed class F14Startup() : BenchFeatureStartup(14);
[ForFeature("Bench.F15")] public sealed class F15Startup() : BenchFeatureStartup(15);
[ForFeature("Bench.F16")] public sealed class F16Startup() : BenchFeatureStartup(16);
[ForFeature("Bench.F17")] public sealed class F17Startup() : BenchFeatureStartup(17);
[ForFeature("Bench.F18")] public sealed class F18Startup() : BenchFeatureStartup(18);
[ForFeature("Bench.F19")] public sealed class F19Startup() : BenchFeatureStartup(19);
[ForFeature("Bench.F20")] public sealed class F20Startup() : BenchFeatureStartup(20);
