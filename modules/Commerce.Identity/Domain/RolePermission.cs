namespace Commerce.Identity.Domain;

/// <summary>A role holds a permission. Keyed by names, so grants outlive the feature that declares the permission.</summary>
internal sealed class RolePermission
{
    public required string Role { get; set; }

    public required string Permission { get; set; }
}

/// <summary>Marks a permission whose default grants were applied once; later edits by admins are never overwritten.</summary>
internal sealed class PermissionDefaultsApplied
{
    public required string Permission { get; set; }

    public DateTimeOffset AppliedUtc { get; set; }
}
