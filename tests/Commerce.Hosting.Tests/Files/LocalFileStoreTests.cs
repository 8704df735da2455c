using System.Security.Cryptography;
using Commerce.Data.Files;
using Commerce.Files;

namespace Commerce.Hosting.Tests.Files;

/// <summary>The local file store: content addressed, stored once, never outside its root, never half written.</summary>
public sealed class LocalFileStoreTests : IDisposable
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "commerce-files-" + Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task The_same_bytes_are_stored_once_under_their_hash()
    {
        var store = new LocalFileStore(_root);

        var first = await store.SaveAsync(new MemoryStream(Pdf), 1024);
        var second = await store.SaveAsync(new MemoryStream(Pdf), 1024);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), first.Sha256);
        Assert.Equal(first, second);
        Assert.Equal((Pdf.Length, FileKind.Pdf), (first.Length, first.Kind));
        Assert.Single(Directory.GetFiles(_root, first.Sha256, SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "incoming")));
        await using var read = await store.OpenAsync(first.Sha256);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(Pdf, copy.ToArray());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_leaves_nothing()
    {
        var store = new LocalFileStore(_root);

        var refused = await Assert.ThrowsAsync<FileTooLargeException>(() => store.SaveAsync(new MemoryStream(new byte[2048]), 1024));

        Assert.Equal(1024, refused.MaxBytes);
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("incoming")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85/")]
    public async Task A_key_that_is_not_a_hash_opens_nothing(string key)
    {
        var store = new LocalFileStore(_root);
        await store.SaveAsync(new MemoryStream([]), 10); // the empty file's hash exists

        Assert.Null(await store.OpenAsync(key));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, FileKind.Pdf)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, FileKind.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, FileKind.Png)]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, FileKind.Webp)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0 }, FileKind.Unknown)] // a Windows executable named licence.pdf is still an executable
    [InlineData(new byte[] { 0x25, 0x50, 0x44 }, FileKind.Unknown)]
    public void The_kind_comes_from_the_content(byte[] head, FileKind kind) => Assert.Equal(kind, FileKinds.Detect(head));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
