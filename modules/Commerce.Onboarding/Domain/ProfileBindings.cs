namespace Commerce.Onboarding.Domain;

/// <summary>
/// Where a field's value lands when the application is approved: the company and shop handed to the merchant
/// registry, the contact the platform writes to, and the answers the Qualifications rules ask about
/// (<c>answer.isProducer</c>). Admin-defined fields without a binding stay on the application for the auditors.
/// </summary>
internal static class ProfileBindings
{
    public const string LegalName = "company.legalName";
    public const string CreditCode = "company.creditCode";
    public const string LegalRepresentative = "company.legalRepresentative";
    public const string RegisteredAddress = "company.registeredAddress";
    public const string Region = "company.region";
    public const string BankAccountName = "company.bankAccountName";
    public const string BankName = "company.bankName";
    public const string BankAccountNumber = "company.bankAccountNumber";
    public const string ShopName = "shop.name";
    public const string ShopType = "shop.type";
    public const string ShopDescription = "shop.description";
    public const string ShopLogo = "shop.logo";
    public const string Categories = "shop.categories";
    public const string Brands = "shop.brands";
    public const string ContactName = "contact.name";
    public const string ContactPhone = "contact.phone";
    public const string ContactEmail = "contact.email";

    /// <summary>Prefix of a Qualifications rule answer: <c>answer.sellsImported</c> answers <c>sellsImported</c>.</summary>
    public const string AnswerPrefix = "answer.";

    public static readonly IReadOnlyList<string> Known =
    [
        LegalName, CreditCode, LegalRepresentative, RegisteredAddress, Region, BankAccountName, BankName, BankAccountNumber,
        ShopName, ShopType, ShopDescription, ShopLogo, Categories, Brands, ContactName, ContactPhone, ContactEmail,
    ];

    public static bool IsValid(string binding)
        => Known.Contains(binding) || (binding.StartsWith(AnswerPrefix, StringComparison.Ordinal) && binding.Length > AnswerPrefix.Length);
}
