namespace Commerce.Files;

/// <summary>File kinds the marketplace accepts for documents and images, known by their leading bytes.</summary>
public enum FileKind
{
    /// <summary>Not one of the kinds below.</summary>
    Unknown,
    Pdf,
    Jpeg,
    Png,
    Webp,
}

/// <summary>Tells a file's kind from its content, never from its name.</summary>
public static class FileKinds
{
    /// <summary>Bytes enough to read every signature below.</summary>
    public const int SignatureLength = 12;

    public static FileKind Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => FileKind.Pdf, // "%PDF-"
        [0xFF, 0xD8, 0xFF, ..] => FileKind.Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => FileKind.Png,
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => FileKind.Webp, // "RIFF....WEBP"
        _ => FileKind.Unknown,
    };

    /// <summary>The MIME type to serve a file of this kind with.</summary>
    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Webp => "image/webp",
        _ => "application/octet-stream",
    };

    /// <summary>Parses a kind name as written in settings and rules (<c>pdf</c>, <c>jpeg</c>, <c>png</c>, <c>webp</c>).</summary>
    public static bool TryParse(string? name, out FileKind kind)
    {
        kind = name?.Trim().ToLowerInvariant() switch
        {
            "pdf" => FileKind.Pdf,
            "jpeg" or "jpg" => FileKind.Jpeg,
            "png" => FileKind.Png,
            "webp" => FileKind.Webp,
            _ => FileKind.Unknown,
        };
        return kind != FileKind.Unknown;
    }
}
