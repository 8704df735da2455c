using Commerce.Data;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Tests.Data;

/// <summary>A cached document is read once, read again after a local change at once and after the latency otherwise.</summary>
public sealed class CachedDocumentTests
{
    private readonly ManualClock _clock = new();
    private int _loads;

    [Fact]
    public async Task It_is_read_once_while_fresh_and_again_once_older_than_the_latency()
    {
        var cache = New(TimeSpan.FromSeconds(1));

        Assert.Equal("v1", await cache.GetAsync(LoadAsync, default));
        _clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.Equal("v1", await cache.GetAsync(LoadAsync, default));
        Assert.Equal(1, _loads);

        _clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal("v2", await cache.GetAsync(LoadAsync, default));
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task Invalidating_reads_it_again_at_once()
    {
        var cache = New(TimeSpan.FromHours(1));
        await cache.GetAsync(LoadAsync, default);

        cache.Invalidate();

        Assert.Equal("v2", await cache.GetAsync(LoadAsync, default));
    }

    [Fact]
    public async Task A_read_overtaken_by_a_change_is_used_once_and_not_kept()
    {
        var cache = New(TimeSpan.FromHours(1));
        var reading = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var first = cache.GetAsync(async ct =>
        {
            reading.SetResult();
            await release.Task;
            return "read before the change";
        }, default).AsTask();
        await reading.Task;

        cache.Invalidate();
        release.SetResult();

        Assert.Equal("read before the change", await first);
        Assert.Equal("v1", await cache.GetAsync(LoadAsync, default));
    }

    [Fact]
    public async Task With_zero_latency_every_use_reads()
    {
        var cache = New(TimeSpan.Zero);

        await cache.GetAsync(LoadAsync, default);
        await cache.GetAsync(LoadAsync, default);

        Assert.Equal(2, _loads);
    }

    private CachedDocument<string> New(TimeSpan latency)
        => new(Options.Create(new CachedDocumentOptions { SynchronizationLatency = latency }), _clock);

    private Task<string> LoadAsync(CancellationToken cancellationToken) => Task.FromResult($"v{++_loads}");

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
