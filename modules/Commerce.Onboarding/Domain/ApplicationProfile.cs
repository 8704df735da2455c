namespace Commerce.Onboarding.Domain;

/// <summary>The applicant's bound values (see <see cref="ProfileBindings"/>) read through the steps that define them.</summary>
internal sealed class ApplicationProfile
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values;

    private ApplicationProfile(Dictionary<string, IReadOnlyList<string>> values) => _values = values;

    public static ApplicationProfile Read(MerchantApplication application, IEnumerable<StepDefinition> steps)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            foreach (var field in step.Fields.Where(f => f.Binding is not null))
            {
                values[field.Binding!] = [.. application.Value(step.Key, field.Key).Select(v => v.Trim()).Where(v => v.Length > 0)];
            }
        }

        return new ApplicationProfile(values);
    }

    public IReadOnlyList<string> Values(string binding) => _values.TryGetValue(binding, out var values) ? values : [];

    public string? Value(string binding) => Values(binding) is [var first, ..] ? first : null;

    public IReadOnlyList<string> Categories => Values(ProfileBindings.Categories);

    public IReadOnlyList<string> Brands => Values(ProfileBindings.Brands);

    /// <summary>The shop type's code (<c>flagship</c>, <c>franchise</c>, <c>specialty</c>, <c>individual</c>); individual when not given.</summary>
    public string ShopType => Value(ProfileBindings.ShopType) ?? "individual";

    public bool IsIndividual => ShopType == "individual";

    /// <summary>The answers to the Qualifications rules (<c>answer.isProducer</c> → <c>isProducer</c>).</summary>
    public IReadOnlyDictionary<string, string> Answers => _values
        .Where(v => v.Key.StartsWith(ProfileBindings.AnswerPrefix, StringComparison.Ordinal) && v.Value.Count > 0)
        .ToDictionary(v => v.Key[ProfileBindings.AnswerPrefix.Length..], v => v.Value[0], StringComparer.Ordinal);

    /// <summary>The name the audit queue shows: the company's, or the shop's for individuals.</summary>
    public string? DisplayName => Value(ProfileBindings.LegalName) ?? Value(ProfileBindings.ShopName) ?? Value(ProfileBindings.ContactName);
}
