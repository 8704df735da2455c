using System.Globalization;

namespace Commerce.Benchmarks;

/// <summary>Summary statistics of a set of timings in milliseconds (percentiles by nearest rank).</summary>
public sealed class Sample
{
    private readonly double[] _sorted;

    public Sample(IEnumerable<double> values)
    {
        _sorted = values.Order().ToArray();
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("A sample needs at least one value.", nameof(values));
        }
    }

    public int Count => _sorted.Length;

    public double Min => _sorted[0];

    public double Max => _sorted[^1];

    public double Mean => _sorted.Average();

    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    public double Percentile(double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank, 1, _sorted.Length) - 1];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"n={Count} median={Median:F1} p95={P95:F1} min={Min:F1} max={Max:F1} mean={Mean:F1} ms");
}
