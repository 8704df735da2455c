using Commerce.Qualifications.Domain;

namespace Commerce.Qualifications.Tests;

/// <summary>Profiles, documents and clocks for the evaluation tests.</summary>
internal static class Subjects
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>27 November 2026, 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 27);

    public static EvaluationClock Clock(DateTimeOffset? now = null) => new(now ?? Now, Shanghai, EvaluationClock.DefaultWarningWindow);

    public static QualificationProfile Profile(string[] categories, string shopType = "specialty", string[]? brands = null, params (string Answer, string Value)[] answers)
        => new(categories, brands ?? [], answers.ToDictionary(a => a.Answer, a => a.Value), shopType);

    public static DocumentDetails Verified(string type, DateOnly? issued = null, DateOnly? expires = null, string? brand = null)
        => new(type, brand, "N", issued ?? Today.AddYears(-1), expires, "Authority", ["f"], DocumentReview.Verified);

    public static DocumentDetails Pending(string type, string? brand = null, DateOnly? expires = null)
        => new(type, brand, "N", Today, expires, "Authority", ["f"], DocumentReview.Pending);

    public static DocumentDetails Rejected(string type, string reason)
        => new(type, null, "N", Today, null, "Authority", ["f"], DocumentReview.Rejected, reason);

    public static RequirementItem Item(this RequirementSet set, string key)
        => set.Items.SingleOrDefault(i => i.Key == key) ?? throw new Xunit.Sdk.XunitException($"No requirement '{key}' in [{string.Join(", ", set.Items.Select(i => i.Key))}].");

    public static string[] Keys(this RequirementSet set) => [.. set.Items.Select(i => i.Key).Order(StringComparer.Ordinal)];
}
