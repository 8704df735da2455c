namespace Commerce.Security;

/// <summary>
/// Something a role may be allowed to do, declared by a feature through an <see cref="IPermissionProvider"/>.
/// Grants are stored by <see cref="Name"/>, so a name must never change once shipped.
/// </summary>
/// <param name="Name">Unique across all modules, e.g. <c>ManageFeatures</c>.</param>
/// <param name="Description">What holding it allows, for the admin's grants page.</param>
/// <param name="Category">Groups permissions on the grants page, usually the module's name.</param>
public sealed record Permission(string Name, string Description, string Category);
