using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Services;

/// <summary>
/// Quick mode's single form: the least a marketplace needs to open a shop (the licence's name, code and address, which
/// individual businesses have too). The licence scan is required only for shops that are not individual sellers,
/// which a field definition cannot say, so <see cref="Missing"/> adds it.
/// </summary>
internal static class QuickForm
{
    public const string StepKey = "quick";

    public static readonly IReadOnlyList<StepDefinition> Steps =
    [
        new StepDefinition(StepKey, "Open a shop", StepKind.Form,
        [
            new FieldDefinition("shopName", "Shop name", FieldType.Text, Required: true, MaxLength: 60, Binding: ProfileBindings.ShopName),
            new FieldDefinition("shopType", "Shop type", FieldType.Choice, Required: true, Binding: ProfileBindings.ShopType, Choices:
            [
                new FieldChoice("individual", "Individual shop"), new FieldChoice("specialty", "Specialty store"),
                new FieldChoice("franchise", "Franchise store"), new FieldChoice("flagship", "Flagship store"),
            ]),
            new FieldDefinition("contactName", "Contact name", FieldType.Text, Required: true, MaxLength: 100, Binding: ProfileBindings.ContactName),
            new FieldDefinition("contactPhone", "Mobile phone", FieldType.Text, Required: true, Pattern: "1[3-9][0-9]{9}", Binding: ProfileBindings.ContactPhone),
            new FieldDefinition("categories", "Categories", FieldType.Choice, Required: true, Multiple: true, Binding: ProfileBindings.Categories, Choices:
            [
                new FieldChoice("food.packaged", "Packaged food"), new FieldChoice("apparel", "Apparel"),
                new FieldChoice("electronics", "Consumer electronics"), new FieldChoice("toys", "Toys"),
            ]),
            new FieldDefinition("legalName", "Name on the business licence", FieldType.Text, Required: true, MaxLength: 200, Binding: ProfileBindings.LegalName, Help: "Individual businesses (个体工商户) too."),
            new FieldDefinition("creditCode", "Unified social credit code", FieldType.Text, Required: true, Binding: ProfileBindings.CreditCode),
            new FieldDefinition("registeredAddress", "Registered address", FieldType.Text, Required: true, MaxLength: 300, Binding: ProfileBindings.RegisteredAddress),
            new FieldDefinition("region", "Region", FieldType.Text, Required: true, MaxLength: 100, Binding: ProfileBindings.Region),
            new FieldDefinition("businessLicence", "Business licence", FieldType.File, AcceptedKinds: ["pdf", "jpeg", "png"], Help: "Required for companies."),
            new FieldDefinition("terms", "I accept the merchant agreement", FieldType.Agreement, Required: true,
                AgreementText: "The merchant sells only genuine goods and follows the platform's rules."),
        ]),
    ];

    /// <summary>What a non-individual quick application still lacks.</summary>
    public static IEnumerable<string> Missing(MerchantApplication application, ApplicationProfile profile)
    {
        if (profile.IsIndividual)
        {
            yield break;
        }

        foreach (var field in new[] { "businessLicence" })
        {
            if (application.Value(StepKey, field).All(string.IsNullOrWhiteSpace))
            {
                yield return ItemKeys.Field(StepKey, field);
            }
        }
    }
}
