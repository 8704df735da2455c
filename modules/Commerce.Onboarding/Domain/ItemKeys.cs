namespace Commerce.Onboarding.Domain;

/// <summary>
/// Names of the things auditors judge one by one: a field is <c>{step}.{field}</c>, a document is
/// <c>document:{requirementKey}</c>.
/// </summary>
internal static class ItemKeys
{
    public const string DocumentPrefix = "document:";

    public static string Field(string step, string field) => $"{step}.{field}";

    public static string Document(string requirementKey) => DocumentPrefix + requirementKey;

    public static bool IsDocument(string itemKey) => itemKey.StartsWith(DocumentPrefix, StringComparison.Ordinal);
}
