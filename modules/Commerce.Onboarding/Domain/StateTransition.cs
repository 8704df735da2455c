namespace Commerce.Onboarding.Domain;

/// <summary>One recorded move of an application: who, when, from, to, why.</summary>
/// <param name="ByUserId">The user who acted, or <see cref="MerchantApplication.SystemActor"/> for the platform itself.</param>
internal sealed record StateTransition(
    Guid Id,
    Guid ApplicationId,
    ApplicationAction Action,
    ApplicationStatus From,
    ApplicationStatus To,
    string ByUserId,
    DateTimeOffset AtUtc,
    string? Reason);
