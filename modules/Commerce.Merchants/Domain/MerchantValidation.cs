using Commerce.Merchants;
namespace Commerce.Merchants.Domain;

/// <summary>Checks of what people type about a company and a shop; errors are keyed by the JSON field at fault.</summary>
internal static class MerchantValidation
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int DescriptionMaxLength = 4000;
    public const int CodeMaxLength = 64;
    public const int MaxBrands = 50;

    /// <summary>Trimmed, distinct, sorted, blanks dropped: lists compare equal however they were typed.</summary>
    public static List<string> Clean(IEnumerable<string?>? values)
        => [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static void Company(CompanyDetails? company, IDictionary<string, string[]> errors, string prefix = "company.")
    {
        if (company is null)
        {
            errors[prefix.TrimEnd('.')] = ["The company details are required."];
            return;
        }

        Text(errors, prefix + "legalName", company.LegalName, NameMaxLength);
        if (CreditCodeCheck(company.CreditCode) is { } creditCode)
        {
            errors[prefix + "creditCode"] = [creditCode];
        }

        Text(errors, prefix + "legalRepresentative", company.LegalRepresentative, NameMaxLength);
        Text(errors, prefix + "registeredAddress", company.RegisteredAddress, AddressMaxLength);
        Text(errors, prefix + "region", company.Region, CodeMaxLength);
        Bank(company.Bank, errors, prefix + "bank.");
    }

    public static void Bank(BankAccount? bank, IDictionary<string, string[]> errors, string prefix = "bank.")
    {
        if (bank is null)
        {
            return;
        }

        Text(errors, prefix + "accountName", bank.AccountName, NameMaxLength);
        Text(errors, prefix + "bankName", bank.BankName, NameMaxLength);
        var number = bank.AccountNumber?.Trim() ?? "";
        if (number.Length is < 6 or > 34 || !number.All(char.IsAsciiLetterOrDigit))
        {
            errors[prefix + "accountNumber"] = ["An account number has 6 to 34 letters or digits."];
        }
    }

    /// <summary>The shop's own fields; <paramref name="grade"/>, when known, limits the number of categories.</summary>
    public static void Shop(ShopDetails? shop, MerchantGrade? grade, IDictionary<string, string[]> errors, string prefix = "shop.")
    {
        if (shop is null)
        {
            errors[prefix.TrimEnd('.')] = ["The shop details are required."];
            return;
        }

        Text(errors, prefix + "name", shop.Name, NameMaxLength);
        if (!Enum.IsDefined(shop.Type))
        {
            errors[prefix + "type"] = ["One of flagship, franchise, specialty, individual."];
        }

        if (shop.Description is { Length: > DescriptionMaxLength })
        {
            errors[prefix + "description"] = [$"At most {DescriptionMaxLength} characters."];
        }

        Categories(shop.Categories, grade, errors, prefix + "categories");
        var brands = Clean(shop.Brands);
        if (brands.Count > MaxBrands || brands.Any(b => b.Length > NameMaxLength))
        {
            errors[prefix + "brands"] = [$"At most {MaxBrands} brands of at most {NameMaxLength} characters."];
        }
    }

    public static void Categories(IEnumerable<string>? categories, MerchantGrade? grade, IDictionary<string, string[]> errors, string field)
    {
        var cleaned = Clean(categories);
        if (cleaned.Count == 0)
        {
            errors[field] = ["Choose at least one category."];
        }
        else if (cleaned.Any(c => c.Length > CodeMaxLength))
        {
            errors[field] = [$"Category codes have at most {CodeMaxLength} characters."];
        }
        else if (grade?.CheckCategories(cleaned.Count) is { } limit)
        {
            errors[field] = [limit];
        }
    }

    private static string? CreditCodeCheck(string? code) => string.IsNullOrWhiteSpace(code) ? "Required." : UnifiedSocialCreditCode.Check(UnifiedSocialCreditCode.Normalize(code));

    private static void Text(IDictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["Required."];
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = [$"At most {max} characters."];
        }
    }
}
