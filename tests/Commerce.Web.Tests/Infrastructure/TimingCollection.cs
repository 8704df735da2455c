namespace Commerce.Web.Tests.Infrastructure;

/// <summary>
/// Tests that assert a time limit (convergence within 2 s) run alone, after the parallel ones, so the
/// rest of the suite competing for the 2 cores cannot make them miss it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
