using Commerce.Problems;

namespace Commerce.Onboarding.Services;

/// <summary>The application changed since the caller read it (another auditor, another tab); the caller gets the current state.</summary>
internal sealed class ApplicationConflictException(Guid applicationId)
    : ConflictException("The application was changed by someone else; here is its current state.")
{
    public Guid ApplicationId { get; } = applicationId;

    /// <inheritdoc/>
    public override string? LegacyCode => "concurrency-conflict";
}
