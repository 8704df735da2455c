namespace Commerce.Identity.Domain;

/// <summary>
/// A personal access token. Only the SHA-256 of the secret is stored: the secret has 256 random bits, so a
/// fast hash is enough, and the clear text is shown once, when it is created.
/// </summary>
internal sealed class AccessToken
{
    public const int NameMaxLength = 100;

    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>Upper-case hex SHA-256 of the whole token text.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The first characters of the token, so its owner can recognise it in a list.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ExpiresUtc { get; set; }

    public DateTimeOffset? RevokedUtc { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedUtc is null && now < ExpiresUtc;
}
