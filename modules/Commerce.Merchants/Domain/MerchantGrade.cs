using System.Text.RegularExpressions;

namespace Commerce.Merchants.Domain;

/// <summary>
/// A named bundle of limits (categories, staff, products), the merchant permissions its people can get, and the
/// deposit (保证金) its merchants pay. Admins define grades; exactly one is the default for new merchants.
/// </summary>
internal sealed partial class MerchantGrade
{
    public const int NameMaxLength = 100;
    public const int IdMaxLength = 64;

    /// <summary>A stable slug, e.g. <c>standard</c>; merchants and applications refer to it.</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }

    public bool IsDefault { get; set; }

    public int MaxCategories { get; set; }

    /// <summary>Staff besides the owner.</summary>
    public int MaxStaff { get; set; }

    public int MaxProducts { get; set; }

    /// <summary>The merchant permissions (<see cref="MerchantPermissionNames"/>) the grade's people can hold.</summary>
    public List<string> Permissions { get; set; } = [];

    /// <summary>The deposit a merchant of this grade pays, in the grade's currency (stored as minor units and the code).</summary>
    public required Money Deposit { get; set; }

    public int Version { get; set; }

    /// <summary>Null when a merchant of this grade may sell in <paramref name="count"/> categories.</summary>
    public string? CheckCategories(int count)
        => count > MaxCategories ? $"The grade allows at most {MaxCategories} categories." : null;

    /// <summary>Null when a merchant of this grade may have <paramref name="count"/> staff besides its owner.</summary>
    public string? CheckStaff(int count)
        => count > MaxStaff ? $"The grade allows at most {MaxStaff} staff." : null;

    /// <summary>The requested permissions the grade does not allow (unknown names included).</summary>
    public IReadOnlyList<string> NotAllowed(IEnumerable<string> permissions)
        => [.. permissions.Where(p => !Permissions.Contains(p, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];

    /// <summary>What a holder of <paramref name="granted"/> may do under this grade: the grants the grade still allows.</summary>
    public IReadOnlyList<string> Effective(IEnumerable<string> granted)
        => [.. MerchantPermissionNames.All.Where(p => Permissions.Contains(p, StringComparer.Ordinal) && granted.Contains(p, StringComparer.Ordinal))];

    /// <summary>Errors keyed by field for a grade's definition; empty when it is sound.</summary>
    public static Dictionary<string, string[]> Validate(
        string? id, string? name, int maxCategories, int maxStaff, int maxProducts, IEnumerable<string>? permissions, decimal depositAmount, string? currency)
    {
        var errors = new Dictionary<string, string[]>();
        if (id is null || !Slug().IsMatch(id))
        {
            errors["id"] = ["Use 1 to 64 lower-case letters, digits or '-', starting with a letter."];
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors["name"] = ["A name is required."];
        }
        else if (name.Trim().Length > NameMaxLength)
        {
            errors["name"] = [$"At most {NameMaxLength} characters."];
        }

        if (maxCategories < 1)
        {
            errors["maxCategories"] = ["At least 1."];
        }

        if (maxStaff < 0)
        {
            errors["maxStaff"] = ["Not negative."];
        }

        if (maxProducts < 0)
        {
            errors["maxProducts"] = ["Not negative."];
        }

        var unknown = (permissions ?? []).Where(p => !MerchantPermissionNames.All.Contains(p, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            errors["permissions"] = [$"Unknown merchant permissions: {string.Join(", ", unknown)}."];
        }

        var known = Commerce.Currency.Find(currency);
        if (known is null)
        {
            errors["depositCurrency"] = ["A currency code this marketplace knows (ISO 4217), e.g. CNY."];
        }

        var digits = known?.MinorUnits ?? 2;
        if (depositAmount < 0 || decimal.Round(depositAmount, digits) != depositAmount)
        {
            errors["depositAmount"] = [digits == 0 ? "A non-negative whole amount." : $"A non-negative amount with at most {digits} decimals."];
        }

        return errors;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,63}$")]
    private static partial Regex Slug();
}
