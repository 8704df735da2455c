using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Hosting.Shells;

/// <summary>
/// One tenant's running shell: its service container and request pipeline. Reference counted: when a newer
/// shell replaces it, it is released, and it is disposed once the last request or job inside it leaves.
/// </summary>
public sealed class ShellContext : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _active;
    private int _released;
    private int _disposing;

    internal ShellContext(ShellBlueprint blueprint, ServiceProvider services, RequestDelegate pipeline)
    {
        Blueprint = blueprint;
        _services = services;
        Pipeline = pipeline;
    }

    public ShellBlueprint Blueprint { get; }

    /// <summary>The shell's root container. Create a scope per unit of work.</summary>
    public IServiceProvider Services => _services;

    public RequestDelegate Pipeline { get; }

    /// <summary>True once a newer shell has replaced this one.</summary>
    public bool IsReleased => Volatile.Read(ref _released) == 1;

    /// <summary>Completes when the shell's container has been disposed.</summary>
    public Task Disposed => _disposed.Task;

    /// <summary>
    /// Enters the shell for a request or a job. Fails when the shell has been released: the caller should
    /// get the tenant's current shell instead. Every successful enter must be matched by <see cref="Leave"/>.
    /// </summary>
    public bool TryEnter()
    {
        Interlocked.Increment(ref _active);
        if (Volatile.Read(ref _released) == 1)
        {
            Leave();
            return false;
        }

        return true;
    }

    public void Leave()
    {
        if (Interlocked.Decrement(ref _active) == 0 && Volatile.Read(ref _released) == 1)
        {
            _ = DisposeAsync().AsTask();
        }
    }

    /// <summary>Marks the shell as replaced; it is disposed when nothing is inside it any more.</summary>
    internal void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0 && Volatile.Read(ref _active) == 0)
        {
            _ = DisposeAsync().AsTask();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposing, 1) == 1)
        {
            return;
        }

        Interlocked.Exchange(ref _released, 1);
        try
        {
            await _services.DisposeAsync();
        }
        finally
        {
            _disposed.TrySetResult();
        }
    }
}
