namespace Commerce.Merchants;

/// <summary>
/// What a merchant's own people may do inside their merchant. These are merchant-scoped, not role grants: a grade
/// lists the ones its merchants' people can get, the owner holds all of the grade's, and the owner hands them to
/// staff. Names are stored, so they never change once shipped.
/// </summary>
public static class MerchantPermissionNames
{
    /// <summary>Edit the shop (description, logo, categories, brands) and ask for company changes.</summary>
    public const string ManageShop = "ManageShop";

    /// <summary>Invite staff, remove them, and hand out permissions within the grade.</summary>
    public const string ManageStaff = "ManageStaff";

    /// <summary>See settlement statements and payouts.</summary>
    public const string ViewSettlement = "ViewSettlement";

    /// <summary>List and edit the shop's products.</summary>
    public const string ManageProducts = "ManageProducts";

    public static IReadOnlyList<string> All { get; } = [ManageShop, ManageStaff, ViewSettlement, ManageProducts];
}
