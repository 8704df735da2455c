using Commerce.Merchants;
using System.Text.RegularExpressions;
using Commerce.Files;

namespace Commerce.Qualifications.Domain;

/// <summary>A kind of document merchants upload (营业执照, 食品经营许可证…) and what an upload of it must carry.</summary>
internal sealed class DocumentType
{
    public const int CodeMaxLength = 64;
    public const int NumberMaxLength = 64;
    public const int AuthorityMaxLength = 200;
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Stable code, for example <c>business-licence</c>.</summary>
    public required string Code { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    public bool RequiresNumber { get; set; }

    public NumberFormat NumberFormat { get; set; }

    /// <summary>For <see cref="NumberFormat.Pattern"/>: a .NET regular expression the whole number must match.</summary>
    public string? NumberPattern { get; set; }

    public bool RequiresIssuedOn { get; set; }

    /// <summary>When false the document may be long-term (长期): no expiry date.</summary>
    public bool RequiresExpiresOn { get; set; }

    public bool RequiresIssuingAuthority { get; set; }

    /// <summary>File kinds accepted, judged by content: <c>pdf</c>, <c>jpeg</c>, <c>png</c>, <c>webp</c>.</summary>
    public List<string> AcceptedKinds { get; set; } = ["pdf", "jpeg", "png"];

    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    public int MaxFiles { get; set; } = 5;

    public int Version { get; set; }

    public bool Accepts(FileKind kind) => AcceptedKinds.Any(k => FileKinds.TryParse(k, out var accepted) && accepted == kind);

    /// <summary>
    /// Checks a document's details against this type: errors keyed by field (<c>number</c>, <c>issuedOn</c>,
    /// <c>expiresOn</c>, <c>issuingAuthority</c>), empty when it is acceptable. Dates after <paramref name="today"/>
    /// cannot be issue dates.
    /// </summary>
    public Dictionary<string, string[]> Validate(string? number, DateOnly? issuedOn, DateOnly? expiresOn, string? issuingAuthority, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        number = number?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            if (RequiresNumber)
            {
                errors["number"] = ["A number is required."];
            }
        }
        else if (number.Length > NumberMaxLength)
        {
            errors["number"] = [$"At most {NumberMaxLength} characters."];
        }
        else if (NumberFormat == NumberFormat.CreditCode && !UnifiedSocialCreditCode.IsValid(UnifiedSocialCreditCode.Normalize(number)))
        {
            errors["number"] = ["Not a valid unified social credit code (18 characters, check character per GB 32100-2015)."];
        }
        else if (NumberFormat == NumberFormat.Pattern && NumberPattern is { Length: > 0 } pattern && !MatchesWhole(pattern, number))
        {
            errors["number"] = ["The number does not have the format this document uses."];
        }

        if (issuedOn is null && RequiresIssuedOn)
        {
            errors["issuedOn"] = ["The issue date is required."];
        }
        else if (issuedOn > today)
        {
            errors["issuedOn"] = ["The issue date cannot be in the future."];
        }

        if (expiresOn is null && RequiresExpiresOn)
        {
            errors["expiresOn"] = ["The expiry date is required; this document cannot be long-term."];
        }
        else if (expiresOn is not null && issuedOn is not null && expiresOn < issuedOn)
        {
            errors["expiresOn"] = ["The expiry date is before the issue date."];
        }

        if (string.IsNullOrWhiteSpace(issuingAuthority))
        {
            if (RequiresIssuingAuthority)
            {
                errors["issuingAuthority"] = ["The issuing authority is required."];
            }
        }
        else if (issuingAuthority.Trim().Length > AuthorityMaxLength)
        {
            errors["issuingAuthority"] = [$"At most {AuthorityMaxLength} characters."];
        }

        return errors;
    }

    /// <summary>Normalizes a number as stored: trimmed, and upper case for credit codes (they use upper-case letters only).</summary>
    public string? NormalizeNumber(string? number)
        => string.IsNullOrWhiteSpace(number) ? null : NumberFormat == NumberFormat.CreditCode ? number.Trim().ToUpperInvariant() : number.Trim();

    /// <summary>True when <paramref name="pattern"/> compiles; admins' patterns are checked before they are saved.</summary>
    public static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool MatchesWhole(string pattern, string number)
    {
        try
        {
            // Anchored so a pattern matching part of the number does not pass; a time limit because admins write patterns.
            return Regex.IsMatch(number, $"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public DocumentTypeInfo ToInfo(int? freshnessMonths = null)
        => new(Code, NameZh, NameEn, RequiresNumber, RequiresIssuedOn, RequiresExpiresOn, RequiresIssuingAuthority, AcceptedKinds, MaxFileBytes, MaxFiles, freshnessMonths);
}
