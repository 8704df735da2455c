namespace Commerce.Merchants.Domain;

/// <summary>Where a merchant's change request stands with the platform's reviewers.</summary>
internal enum ChangeRequestStatus
{
    Pending,
    Approved,
    Rejected,
}
