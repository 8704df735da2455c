using Commerce.Modules;

// A module made for measuring: twenty features, each mapping one storefront endpoint /bench/fNN, with a few
// dependency chains so the feature graph has work to do, plus Bench.Ping for the throughput run.
[assembly: Module(
    "Commerce.Benchmarks",
    Name = "Benchmarks",
    Description = "Twenty small features for measuring shell rebuilds, and a ping endpoint for load runs.",
    Category = "Benchmarks")]

[assembly: Feature("Bench.F01")]
[assembly: Feature("Bench.F02", Dependencies = ["Bench.F01"])]
[assembly: Feature("Bench.F03", Dependencies = ["Bench.F02"])]
[assembly: Feature("Bench.F04")]
[assembly: Feature("Bench.F05", Dependencies = ["Bench.F03", "Bench.F04"])]
[assembly: Feature("Bench.F06")]
[assembly: Feature("Bench.F07")]
[assembly: Feature("Bench.F08", Dependencies = ["Bench.F07"])]
[assembly: Feature("Bench.F09")]
[assembly: Feature("Bench.F10", Dependencies = ["Bench.F09"])]
[assembly: Feature("Bench.F11")]
[assembly: Feature("Bench.F12")]
[assembly: Feature("Bench.F13", Dependencies = ["Bench.F11", "Bench.F12"])]
[assembly: Feature("Bench.F14")]
[assembly: Feature("Bench.F15")]
[assembly: Feature("Bench.F16", Dependencies = ["Bench.F15"])]
[assembly: Feature("Bench.F17")]
[assembly: Feature("Bench.F18")]
[assembly: Feature("Bench.F19", Dependencies = ["Bench.F18"])]
[assembly: Feature("Bench.F20", Dependencies = ["Bench.F19", "Bench.F01"])]
[assembly: Feature("Bench.Ping", Description = "GET /ping answers pong, the same body as the bare endpoint it is compared with.")]
[assembly: Feature("Bench.Events", Description = "A cluster event consumer that notes when each benchmark event arrives.")]
