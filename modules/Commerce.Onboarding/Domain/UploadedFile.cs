namespace Commerce.Onboarding.Domain;

/// <summary>A file the applicant uploaded to its application, kept in the tenant's file store by hash.</summary>
/// <param name="Kind">Detected from the content (<c>pdf</c>, <c>jpeg</c>, <c>png</c>, <c>webp</c>), never from the name.</param>
/// <param name="FileName">The name the browser sent, for display only.</param>
internal sealed record UploadedFile(string Sha256, string Kind, long Length, string? FileName, DateTimeOffset UploadedUtc);
