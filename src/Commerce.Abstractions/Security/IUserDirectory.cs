namespace Commerce.Security;

/// <summary>
/// The identity feature's users, as other modules see them: who a user is, which roles it holds, and which
/// merchants it belongs to. Provided by <c>Commerce.Identity</c>.
/// </summary>
public interface IUserDirectory
{
    Task<UserContact?> FindAsync(string userId, CancellationToken cancellationToken = default);

    Task<UserContact?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Adds the user to a role (built-in or custom); does nothing when it already holds it.</summary>
    Task AddToRoleAsync(string userId, string role, CancellationToken cancellationToken = default);

    Task RemoveFromRoleAsync(string userId, string role, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the user is one of the merchant's people. The membership is a
    /// <see cref="MerchantClaims.MerchantId"/> claim: it is in the user's principal from its next sign-in; until
    /// then <see cref="IsMerchantMemberAsync"/> already answers from the database.
    /// </summary>
    Task AddMerchantMembershipAsync(string userId, Guid merchantId, CancellationToken cancellationToken = default);

    Task RemoveMerchantMembershipAsync(string userId, Guid merchantId, CancellationToken cancellationToken = default);

    Task<bool> IsMerchantMemberAsync(string userId, Guid merchantId, CancellationToken cancellationToken = default);

    /// <summary>The merchant's people, for notifications.</summary>
    Task<IReadOnlyList<UserContact>> MerchantMembersAsync(Guid merchantId, CancellationToken cancellationToken = default);
}

/// <summary>A user as other modules need it: to address it, and to write to it in its language.</summary>
/// <param name="Culture">The user's preferred culture (<c>zh-CN</c> or <c>en</c>), or null when unknown.</param>
public sealed record UserContact(string Id, string Email, string? DisplayName, string? Culture);
