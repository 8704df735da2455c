namespace Commerce.Qualifications.Services;

/// <summary>A merchant's upload: the document's details and its files.</summary>
public sealed record DocumentUpload(
    string? DocumentType,
    string? Brand,
    string? Number,
    DateOnly? IssuedOn,
    DateOnly? ExpiresOn,
    string? IssuingAuthority,
    IReadOnlyList<UploadedFile> Files);

/// <summary>One file of an upload; its name is never used for anything but the audit log.</summary>
public sealed record UploadedFile(string? FileName, long Length, Func<Stream> Open);
