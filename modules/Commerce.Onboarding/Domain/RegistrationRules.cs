namespace Commerce.Onboarding.Domain;

/// <summary>
/// What the merchant registry needs from every application, whatever steps admins defined: submission is refused
/// while one of these bound values is missing, so an approval always leads to a merchant.
/// </summary>
internal static class RegistrationRules
{
    public static readonly IReadOnlyList<string> Required =
    [
        ProfileBindings.LegalName, ProfileBindings.CreditCode, ProfileBindings.LegalRepresentative,
        ProfileBindings.RegisteredAddress, ProfileBindings.Region, ProfileBindings.ShopName, ProfileBindings.Categories,
    ];

    /// <summary>Missing bound values, keyed <c>profile.{binding}</c>. The legal representative may be the contact for individual shops.</summary>
    public static Dictionary<string, string[]> Missing(ApplicationProfile profile)
    {
        var missing = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var binding in Required)
        {
            var present = profile.Values(binding).Count > 0
                || (binding == ProfileBindings.LegalRepresentative && profile.Value(ProfileBindings.ContactName) is not null);
            if (!present)
            {
                missing["profile." + binding] = ["The merchant registry needs this; no field of the steps provides it."];
            }
        }

        return missing;
    }
}
