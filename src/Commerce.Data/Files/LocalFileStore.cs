using System.Buffers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Commerce.Files;

namespace Commerce.Data.Files;

/// <summary>
/// The default <see cref="IFileStore"/>: files on local disk under <c>{root}/ab/cd/{sha256}</c>. Every path is
/// built from a hash this class computed or checked against <c>^[0-9a-f]{64}$</c>, so nothing a caller sends
/// can point outside the root. A file is written under a temporary name and renamed once complete, so a
/// reader never sees half a file and a crash leaves only a temporary file behind.
/// </summary>
public sealed partial class LocalFileStore(string root) : IFileStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        var incoming = Path.Combine(Root, "incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("n"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[FileKinds.SignatureLength];
        var headLength = 0;
        long length = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw new FileTooLargeException(maxBytes);
                    }

                    var copy = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, copy).CopyTo(head.AsSpan(headLength));
                    headLength += copy;
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            var final = PathOf(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (File.Exists(final))
            {
                File.Delete(temporary); // the same bytes are stored already
            }
            else
            {
                try
                {
                    File.Move(temporary, final);
                }
                catch (IOException) when (File.Exists(final))
                {
                    File.Delete(temporary); // stored by a concurrent upload of the same bytes
                }
            }

            return new StoredFile(sha256, length, FileKinds.Detect(head.AsSpan(0, headLength)));
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken = default)
    {
        if (!IsHash(sha256))
        {
            return Task.FromResult<Stream?>(null);
        }

        var path = PathOf(sha256);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true)
            : null);
    }

    /// <summary>True for a lower-case hex SHA-256: the only shape a key can have.</summary>
    public static bool IsHash(string? value) => value is not null && HashShape().IsMatch(value);

    private string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256[2..4], sha256);

    [GeneratedRegex(@"^[0-9a-f]{64}\z")]
    private static partial Regex HashShape();
}
