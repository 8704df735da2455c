namespace Commerce.Shells;

/// <summary>The <see cref="ITenantFolder"/> the host registers.</summary>
public sealed class TenantFolder(string path) : ITenantFolder
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);
}
