namespace Commerce.Merchants.Domain;

/// <summary>One of a merchant's people: the owner, or staff holding the permissions the owner handed them.</summary>
internal sealed class MerchantMember
{
    public Guid MerchantId { get; init; }

    public required string UserId { get; init; }

    public bool IsOwner { get; init; }

    /// <summary>For staff, what the owner granted; the owner holds all its grade allows, whatever is stored here.</summary>
    public List<string> Permissions { get; set; } = [];

    public DateTimeOffset JoinedUtc { get; init; }

    /// <summary>What the member may do now under <paramref name="grade"/>.</summary>
    public IReadOnlyList<string> EffectivePermissions(MerchantGrade grade)
        => IsOwner ? grade.Effective(MerchantPermissionNames.All) : grade.Effective(Permissions);
}
