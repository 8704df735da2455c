namespace Commerce.Qualifications.Services;

/// <summary>A merchant's profile as admins, merchants and onboarding write it.</summary>
/// <param name="Version">The version read, for updates (optimistic concurrency); null to overwrite.</param>
public sealed record ProfileInput(
    IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? Brands,
    IReadOnlyDictionary<string, string>? Answers,
    string? ShopType,
    int? Version = null);
