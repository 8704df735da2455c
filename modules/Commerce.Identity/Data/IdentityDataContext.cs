using Commerce.Identity.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Identity.Data;

/// <summary>
/// The tenant's users, roles, grants, access tokens and Data Protection keys. The keys live here so a sign-in
/// cookie survives a shell rebuild and works on every host process sharing the database.
/// </summary>
internal sealed class IdentityDataContext(DbContextOptions<IdentityDataContext> options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<RolePermission> RolePermissions => Set<RolePermission>();

    public DbSet<PermissionDefaultsApplied> PermissionDefaults => Set<PermissionDefaultsApplied>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<IdentityUser>().ToTable("identity_users");
        builder.Entity<IdentityRole>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("identity_user_claims");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("identity_role_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("identity_user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("identity_user_tokens");

        builder.Entity<AccessToken>(token =>
        {
            token.ToTable("identity_access_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.UserId).HasMaxLength(450);
            token.Property(t => t.Name).HasMaxLength(AccessToken.NameMaxLength);
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.Property(t => t.Prefix).HasMaxLength(16);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.UserId);
        });

        builder.Entity<RolePermission>(grant =>
        {
            grant.ToTable("identity_role_permissions");
            grant.HasKey(g => new { g.Role, g.Permission });
            grant.Property(g => g.Role).HasMaxLength(256);
            grant.Property(g => g.Permission).HasMaxLength(128);
        });

        builder.Entity<PermissionDefaultsApplied>(applied =>
        {
            applied.ToTable("identity_permission_defaults");
            applied.HasKey(a => a.Permission);
            applied.Property(a => a.Permission).HasMaxLength(128);
        });

        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
