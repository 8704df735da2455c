using Commerce.Files;
using Commerce.Onboarding.Domain;
using Commerce.Problems;
using Microsoft.AspNetCore.Http;

namespace Commerce.Onboarding.Api;

/// <summary>Serves a file of an application: only files uploaded to it, with the type judged at upload, never inline HTML.</summary>
internal static class FileDownload
{
    public static async Task<IResult> SendAsync(MerchantApplication application, string sha256, IFileStore files, CancellationToken ct)
    {
        if (application.Upload(sha256) is not { } upload || await files.OpenAsync(sha256, ct) is not { } stream)
        {
            return ProblemResults.NotFound("The application has no such file.");
        }

        var kind = FileKinds.TryParse(upload.Kind, out var parsed) ? parsed : FileKind.Unknown;
        return TypedResults.Stream(stream, FileKinds.ContentType(kind), upload.FileName ?? $"{sha256[..12]}.{upload.Kind}");
    }
}
