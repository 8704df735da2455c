namespace Commerce.Identity.Api;

public sealed record SignUpInput(string? UserName, string? Email, string? Password);

public sealed record SignInInput(string? UserName, string? Password, bool? RememberMe);

public sealed record PasswordResetRequestInput(string? UserName);

public sealed record PasswordResetConfirmInput(string? UserId, string? Token, string? NewPassword);

/// <summary>Who the caller is. <c>AuthenticationType</c>: <c>ApiKey</c>, <c>Bearer</c> or <c>Identity.Application</c> (cookie).</summary>
public sealed record MeDto(string? Id, string Name, IReadOnlyList<string> Roles, string? AuthenticationType);

public sealed record UserDto(string Id, string UserName, string? Email, bool LockedOut, DateTimeOffset? LockoutEnd, IReadOnlyList<string> Roles);

public sealed record CreateUserInput(string? UserName, string? Email, string? Password, string[]? Roles);

public sealed record UserRolesInput(string[]? Roles);

public sealed record RoleDto(string Name, bool BuiltIn);

public sealed record CreateRoleInput(string? Name);

/// <summary>A permission of an enabled feature and the roles holding it (Administrator always does).</summary>
public sealed record PermissionDto(string Name, string Description, string Category, IReadOnlyList<string> Roles);

public sealed record RoleGrantsDto(string Role, IReadOnlyList<string> Permissions);

public sealed record RoleGrantsInput(string[]? Permissions);

public sealed record CreateTokenInput(string? Name, int? ExpiresInDays);

/// <summary>A new token. <c>Token</c> is shown this once; only its hash is stored.</summary>
public sealed record CreatedTokenDto(Guid Id, string Name, string Token, DateTimeOffset ExpiresUtc);

public sealed record TokenDto(Guid Id, string Name, string Prefix, DateTimeOffset CreatedUtc, DateTimeOffset ExpiresUtc, DateTimeOffset? RevokedUtc, bool Active);
