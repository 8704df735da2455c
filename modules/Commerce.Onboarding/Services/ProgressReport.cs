using Commerce.Onboarding.Domain;
using Commerce.Qualifications;

namespace Commerce.Onboarding.Services;

/// <summary>Where an application stands against its steps: what is bound, which documents are owed, what is still missing.</summary>
/// <param name="Requirements">The Qualifications requirement set for what was chosen, or null when that module is off or no step asks for it.</param>
/// <param name="Missing">Item key (<c>company.legalName</c>, <c>document:food-business-licence</c>) → why it is missing.</param>
internal sealed record ProgressReport(
    IReadOnlyList<StepDefinition> Steps,
    ApplicationProfile Profile,
    RequirementSet? Requirements,
    IReadOnlyDictionary<string, string[]> Missing);
