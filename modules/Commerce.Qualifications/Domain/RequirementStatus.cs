namespace Commerce.Qualifications.Domain;

/// <summary>
/// A merchant's requirement as last evaluated. Keeps when it was first owed (the grace period starts there) and the
/// state it was in, so a change of state is noticed once and notified once.
/// </summary>
internal sealed class RequirementStatus
{
    public Guid MerchantId { get; set; }

    public required string Key { get; set; }

    public RequirementState State { get; set; }

    public DateTimeOffset? Deadline { get; set; }

    public DateTimeOffset DueSince { get; set; }

    public string Reason { get; set; } = "";

    public List<string> Categories { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
