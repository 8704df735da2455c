using Commerce.Problems;

namespace Commerce.Onboarding.Services;

/// <summary>No such application, or not one the caller may see (an applicant sees only its own).</summary>
internal sealed class ApplicationNotFoundException() : NotFoundException("There is no such application.");
