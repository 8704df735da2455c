namespace Commerce.Qualifications;

/// <summary>Settings under <c>Commerce:Qualifications</c>.</summary>
public sealed class QualificationsOptions
{
    /// <summary>How many days before expiry a verified document becomes eventually due and the merchant is told.</summary>
    public int ExpiryWarningDays { get; set; } = 30;
}
