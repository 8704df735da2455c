namespace Commerce.Merchants;

/// <summary>
/// The merchants registry as other modules see it. Provided by the <c>Commerce.Merchants</c> feature; resolve it
/// with <c>GetService</c> when your feature does not depend on that feature.
/// </summary>
public interface IMerchantRegistry
{
    Task<MerchantInfo?> FindAsync(Guid merchantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an active merchant from an approved application, or returns the one already created for
    /// <see cref="MerchantRegistration.ApplicationId"/> (idempotent, so an approval can be retried). The owner
    /// becomes one of the merchant's people, holds the <c>MerchantOwner</c> role and the grade's permissions.
    /// Publishes <see cref="MerchantRegistered"/>.
    /// </summary>
    Task<MerchantInfo> RegisterAsync(MerchantRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>The grades admins defined; exactly one has <see cref="GradeInfo.IsDefault"/>.</summary>
    Task<IReadOnlyList<GradeInfo>> GradesAsync(CancellationToken cancellationToken = default);
}
