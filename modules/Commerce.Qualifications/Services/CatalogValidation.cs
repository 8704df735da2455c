using System.Text.RegularExpressions;
using Commerce.Files;
using Commerce.Qualifications.Api;
using Commerce.Qualifications.Domain;

namespace Commerce.Qualifications.Services;

/// <summary>
/// Checks what admins and recipes write into the catalog, field by field, against the catalog as it is, and turns
/// valid input into domain objects. Shared by the API, the admin pages and the recipe step, so each refuses the same.
/// </summary>
internal static partial class CatalogValidation
{
    public static readonly string[] ShopTypes = ["flagship", "franchise", "specialty", "individual"];

    public static Dictionary<string, string[]> Validate(IndustryInput input, RuleIndex catalog, bool creating)
    {
        var errors = new Dictionary<string, string[]>();
        CheckCode(errors, "code", input.Code, Industry.CodeMaxLength);
        CheckNames(errors, input.NameZh, input.NameEn);
        if (input.Parent is { Length: > 0 } parent)
        {
            if (!catalog.Industries.ContainsKey(parent))
            {
                errors["parent"] = ["No industry has this code."];
            }
            else if (input.Code is { } code && catalog.IndustryPath(parent).Contains(code))
            {
                errors["parent"] = ["An industry cannot sit under itself or one of its descendants."];
            }
        }

        CheckExistence(errors, creating, input.Code, catalog.Industries.ContainsKey);
        return errors;
    }

    public static Dictionary<string, string[]> Validate(CategoryInput input, RuleIndex catalog, bool creating)
    {
        var errors = new Dictionary<string, string[]>();
        CheckCode(errors, "code", input.Code, Industry.CodeMaxLength);
        CheckNames(errors, input.NameZh, input.NameEn);
        if (string.IsNullOrWhiteSpace(input.Industry))
        {
            errors["industry"] = ["The industry is required."];
        }
        else if (!catalog.Industries.ContainsKey(input.Industry))
        {
            errors["industry"] = ["No industry has this code."];
        }

        CheckExistence(errors, creating, input.Code, catalog.Categories.ContainsKey);
        return errors;
    }

    public static Dictionary<string, string[]> Validate(DocumentTypeInput input, RuleIndex catalog, bool creating)
    {
        var errors = new Dictionary<string, string[]>();
        CheckCode(errors, "code", input.Code, DocumentType.CodeMaxLength);
        CheckNames(errors, input.NameZh, input.NameEn);
        var format = ParseFormat(input.NumberFormat);
        if (format is null)
        {
            errors["numberFormat"] = ["Use any, creditCode or pattern."];
        }
        else if (format == NumberFormat.Pattern && (string.IsNullOrWhiteSpace(input.NumberPattern) || !DocumentType.IsValidPattern(input.NumberPattern)))
        {
            errors["numberPattern"] = ["A valid regular expression is required for the pattern format."];
        }

        if (input.AcceptedKinds is not { Count: > 0 } kinds || kinds.Any(k => !FileKinds.TryParse(k, out _)))
        {
            errors["acceptedKinds"] = ["Name one or more of pdf, jpeg, png, webp."];
        }

        if (input.MaxFileBytes is < 1 or > 100 * 1024 * 1024)
        {
            errors["maxFileBytes"] = ["Between 1 byte and 100 MB."];
        }

        if (input.MaxFiles is < 1 or > 20)
        {
            errors["maxFiles"] = ["Between 1 and 20 files."];
        }

        CheckExistence(errors, creating, input.Code, catalog.DocumentTypes.ContainsKey);
        return errors;
    }

    public static Dictionary<string, string[]> Validate(RuleInput input, RuleIndex catalog)
    {
        var errors = new Dictionary<string, string[]>();
        CheckCode(errors, "key", input.Key, RequirementRule.KeyMaxLength);
        if (input.Industry is { Length: > 0 } industry && !catalog.Industries.ContainsKey(industry))
        {
            errors["industry"] = ["No industry has this code."];
        }

        if (input.Alternatives is not { Count: > 0 } alternatives)
        {
            errors["alternatives"] = ["Name at least one document type."];
        }
        else if (alternatives.FirstOrDefault(a => !catalog.DocumentTypes.ContainsKey(a)) is { } unknown)
        {
            errors["alternatives"] = [$"No document type has the code '{unknown}'."];
        }

        if (input.Conditions?.Any(c => string.IsNullOrWhiteSpace(c.Answer) || c.Value is null) == true)
        {
            errors["conditions"] = ["Each condition names an answer and a value."];
        }

        if (input.ShopTypes?.Any(s => !ShopTypes.Contains(s, StringComparer.OrdinalIgnoreCase)) == true)
        {
            errors["shopTypes"] = ["Use flagship, franchise, specialty or individual."];
        }

        if (input.FreshnessMonths is < 1 or > 120)
        {
            errors["freshnessMonths"] = ["Between 1 and 120 months, or none."];
        }

        if (input.GraceDays is < 0 or > 365)
        {
            errors["graceDays"] = ["Between 0 and 365 days."];
        }

        return errors;
    }

    public static Industry ToIndustry(IndustryInput input) => new()
    {
        Code = input.Code!.Trim(),
        ParentCode = string.IsNullOrWhiteSpace(input.Parent) ? null : input.Parent.Trim(),
        NameZh = input.NameZh!.Trim(),
        NameEn = input.NameEn!.Trim(),
    };

    public static ProductCategory ToCategory(CategoryInput input) => new()
    {
        Code = input.Code!.Trim(),
        IndustryCode = input.Industry!.Trim(),
        NameZh = input.NameZh!.Trim(),
        NameEn = input.NameEn!.Trim(),
    };

    public static DocumentType ToDocumentType(DocumentTypeInput input) => new()
    {
        Code = input.Code!.Trim(),
        NameZh = input.NameZh!.Trim(),
        NameEn = input.NameEn!.Trim(),
        RequiresNumber = input.RequiresNumber,
        NumberFormat = ParseFormat(input.NumberFormat) ?? NumberFormat.Any,
        NumberPattern = string.IsNullOrWhiteSpace(input.NumberPattern) ? null : input.NumberPattern.Trim(),
        RequiresIssuedOn = input.RequiresIssuedOn,
        RequiresExpiresOn = input.RequiresExpiresOn,
        RequiresIssuingAuthority = input.RequiresIssuingAuthority,
        AcceptedKinds = [.. input.AcceptedKinds!.Select(k => k.Trim().ToLowerInvariant() is "jpg" ? "jpeg" : k.Trim().ToLowerInvariant()).Distinct()],
        MaxFileBytes = input.MaxFileBytes ?? DocumentType.DefaultMaxFileBytes,
        MaxFiles = input.MaxFiles ?? 5,
    };

    public static RequirementRule ToRule(RuleInput input, Guid id) => new()
    {
        Id = id,
        Key = input.Key!.Trim(),
        IndustryCode = string.IsNullOrWhiteSpace(input.Industry) ? null : input.Industry.Trim(),
        Alternatives = [.. input.Alternatives!.Select(a => a.Trim()).Distinct()],
        Conditions = [.. (input.Conditions ?? []).Select(c => new RuleCondition(c.Answer!.Trim(), c.Value!.Trim(), c.Negate))],
        ShopTypes = [.. (input.ShopTypes ?? []).Select(s => s.Trim().ToLowerInvariant()).Distinct()],
        FreshnessMonths = input.FreshnessMonths,
        PerBrand = input.PerBrand,
        GraceDays = input.GraceDays ?? RequirementRule.DefaultGraceDays,
    };

    public static NumberFormat? ParseFormat(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "any" => NumberFormat.Any,
        "creditcode" or "credit-code" => NumberFormat.CreditCode,
        "pattern" => NumberFormat.Pattern,
        _ => null,
    };

    public static string FormatName(NumberFormat format) => format switch
    {
        NumberFormat.CreditCode => "creditCode",
        NumberFormat.Pattern => "pattern",
        _ => "any",
    };

    private static void CheckCode(Dictionary<string, string[]> errors, string field, string? code, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors[field] = ["A code is required."];
        }
        else if (code.Length > maxLength || !CodePattern().IsMatch(code))
        {
            errors[field] = [$"Lower-case letters, digits, dots and dashes, at most {maxLength} characters."];
        }
    }

    private static void CheckNames(Dictionary<string, string[]> errors, string? nameZh, string? nameEn)
    {
        if (string.IsNullOrWhiteSpace(nameZh) || nameZh.Trim().Length > Industry.NameMaxLength)
        {
            errors["nameZh"] = ["A Chinese name of at most 100 characters is required."];
        }

        if (string.IsNullOrWhiteSpace(nameEn) || nameEn.Trim().Length > Industry.NameMaxLength)
        {
            errors["nameEn"] = ["An English name of at most 100 characters is required."];
        }
    }

    private static void CheckExistence(Dictionary<string, string[]> errors, bool creating, string? code, Func<string, bool> exists)
    {
        if (code is null || errors.ContainsKey("code"))
        {
            return;
        }

        if (creating && exists(code))
        {
            errors["code"] = ["This code is already used."];
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.\\-]*$")]
    private static partial Regex CodePattern();
}
