namespace Commerce.Shells;

/// <summary>
/// State a feature keeps for the tenant in this host process that must outlive shell rebuilds: a Lucene index and its
/// single writer, a warm cache. A toggle of another feature builds a new shell, but hands it the same instance; the
/// instance is disposed when its feature is disabled in the tenant, when the tenant stops, or when the process ends.
/// Feed it from a node event consumer (<c>EventConsumerKind.Node</c>) whose cursor lives in the same state.
/// </summary>
public interface INodeLocalState
{
    /// <summary>
    /// The tenant's instance for <paramref name="featureId"/> and <paramref name="key"/>, created by
    /// <paramref name="create"/> on first use (once, however many callers race).
    /// </summary>
    T GetOrCreate<T>(string featureId, string key, Func<T> create)
        where T : class, IAsyncDisposable;
}
