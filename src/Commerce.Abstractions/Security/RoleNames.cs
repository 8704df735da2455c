namespace Commerce.Security;

/// <summary>The roles every tenant has. Admins may add their own.</summary>
public static class RoleNames
{
    /// <summary>Holds every permission, always; its grants cannot be edited, so an admin cannot lock everyone out.</summary>
    public const string Administrator = "Administrator";
    public const string Auditor = "Auditor";
    public const string Finance = "Finance";
    public const string MerchantOwner = "MerchantOwner";
    public const string MerchantStaff = "MerchantStaff";
    public const string Applicant = "Applicant";

    public static readonly IReadOnlyList<string> BuiltIn = [Administrator, Auditor, Finance, MerchantOwner, MerchantStaff, Applicant];
}
