using Commerce.Onboarding.Domain;
using Commerce.Qualifications;

namespace Commerce.Onboarding.Services;

/// <summary>What a document type demands of an entered document: number, dates, authority, and its files' count, kind and size.</summary>
internal static class DocumentRules
{
    public static Dictionary<string, string[]> Check(DocumentEntry document, DocumentTypeInfo type, Func<string, UploadedFile?> upload)
    {
        var errors = new Dictionary<string, string[]>();
        if (type.RequiresNumber && string.IsNullOrWhiteSpace(document.Number))
        {
            errors["number"] = ["Required."];
        }

        if (document.Number is { Length: > 100 })
        {
            errors["number"] = ["At most 100 characters."];
        }

        if (type.RequiresIssuedOn && document.IssuedOn is null)
        {
            errors["issuedOn"] = ["Required."];
        }

        if (type.RequiresExpiresOn && document.ExpiresOn is null)
        {
            errors["expiresOn"] = ["Required."];
        }

        if (document.IssuedOn is { } issued && document.ExpiresOn is { } expires && expires <= issued)
        {
            errors["expiresOn"] = ["The document must expire after it was issued."];
        }

        if (type.RequiresIssuingAuthority && string.IsNullOrWhiteSpace(document.IssuingAuthority))
        {
            errors["issuingAuthority"] = ["Required."];
        }

        if (document.IssuingAuthority is { Length: > 200 })
        {
            errors["issuingAuthority"] = ["At most 200 characters."];
        }

        var files = document.Files ?? [];
        if (files.Count == 0 || files.Count > Math.Max(1, type.MaxFiles))
        {
            errors["files"] = [$"Between 1 and {Math.Max(1, type.MaxFiles)} files."];
            return errors;
        }

        foreach (var sha in files)
        {
            if (upload(sha) is not { } file)
            {
                errors["files"] = ["Upload the file first."];
            }
            else if (type.AcceptedKinds.Count > 0 && !type.AcceptedKinds.Contains(file.Kind, StringComparer.OrdinalIgnoreCase))
            {
                errors["files"] = [$"The file must be one of: {string.Join(", ", type.AcceptedKinds)}."];
            }
            else if (type.MaxFileBytes > 0 && file.Length > type.MaxFileBytes)
            {
                errors["files"] = [$"Each file at most {type.MaxFileBytes} bytes."];
            }
        }

        return errors;
    }
}
