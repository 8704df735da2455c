namespace Commerce.Files;

/// <summary>
/// Content-addressed file storage for the current tenant: a file is named by the SHA-256 of its bytes, so the
/// same bytes uploaded twice are stored once, and no caller-supplied name ever reaches the disk. The default
/// keeps files under the tenant's data folder (<c>App_Data/Sites/{tenant}/files/</c>).
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Stores <paramref name="content"/> (read to its end), refusing it once it passes <paramref name="maxBytes"/>
    /// with <see cref="FileTooLargeException"/>. Returns its hash, size and detected kind.
    /// </summary>
    Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading, or null when there is none with that hash (or the hash is malformed).</summary>
    Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken = default);
}

/// <summary>A file in the store.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes: the file's key.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="Kind">What the bytes are, judged from their content.</param>
public sealed record StoredFile(string Sha256, long Length, FileKind Kind);

/// <summary>Thrown when an upload passes its size limit; nothing is stored.</summary>
public sealed class FileTooLargeException(long maxBytes)
    : Exception($"The file is larger than the limit of {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
