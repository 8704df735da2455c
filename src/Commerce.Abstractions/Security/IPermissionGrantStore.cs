namespace Commerce.Security;

/// <summary>
/// Where a tenant keeps which roles hold which permissions (the identity feature provides it). Without one,
/// only the <see cref="RoleNames.Administrator"/> role (the API key) passes permission checks.
/// </summary>
public interface IPermissionGrantStore
{
    /// <summary>True when one of <paramref name="roles"/> holds <paramref name="permission"/>.</summary>
    Task<bool> IsGrantedAsync(IReadOnlyCollection<string> roles, string permission, CancellationToken cancellationToken = default);
}
