namespace Commerce.Qualifications.Services;

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string Uploaded = "uploaded";
    public const string Imported = "imported";
    public const string Verified = "verified";
    public const string Rejected = "rejected";
    public const string Downloaded = "downloaded";
    public const string ProfileChanged = "profile-changed";
    public const string Restricted = "restricted";
    public const string RestrictionLifted = "restriction-lifted";
}
