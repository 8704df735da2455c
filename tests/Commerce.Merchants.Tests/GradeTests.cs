using Commerce.Merchants.Domain;

namespace Commerce.Merchants.Tests;

public sealed class GradeTests
{
    [Fact]
    public void Limits_allow_up_to_the_maximum()
    {
        var grade = Fixtures.Grade(maxCategories: 2, maxStaff: 1);

        Assert.Null(grade.CheckCategories(2));
        Assert.Contains("at most 2 categories", grade.CheckCategories(3));
        Assert.Null(grade.CheckStaff(1));
        Assert.Contains("at most 1 staff", grade.CheckStaff(2));
    }

    [Fact]
    public void Staff_get_permissions_only_within_the_grade()
    {
        var grade = Fixtures.Grade(permissions: [MerchantPermissionNames.ManageShop, MerchantPermissionNames.ManageStaff]);

        Assert.Empty(grade.NotAllowed([MerchantPermissionNames.ManageShop]));
        Assert.Equal([MerchantPermissionNames.ViewSettlement, "FlyToTheMoon"], grade.NotAllowed([MerchantPermissionNames.ManageShop, MerchantPermissionNames.ViewSettlement, "FlyToTheMoon"]));
    }

    [Fact]
    public void The_owner_holds_all_the_grade_allows_and_staff_keep_their_grants_within_a_smaller_grade()
    {
        var grade = Fixtures.Grade(permissions: [MerchantPermissionNames.ManageShop, MerchantPermissionNames.ViewSettlement]);
        var owner = new MerchantMember { UserId = "owner", IsOwner = true };
        var staff = new MerchantMember { UserId = "staff", Permissions = [MerchantPermissionNames.ManageStaff, MerchantPermissionNames.ViewSettlement] };

        Assert.Equal([MerchantPermissionNames.ManageShop, MerchantPermissionNames.ViewSettlement], owner.EffectivePermissions(grade));
        Assert.Equal([MerchantPermissionNames.ViewSettlement], staff.EffectivePermissions(grade));
    }

    [Fact]
    public void A_grade_definition_is_checked_field_by_field()
    {
        var errors = MerchantGrade.Validate("Bad Id", "", 0, -1, -1, ["ManageShop", "Nope"], 10.005m, "rmb");

        Assert.Equal(["depositAmount", "depositCurrency", "id", "maxCategories", "maxProducts", "maxStaff", "name", "permissions"], errors.Keys.Order());
        Assert.Empty(MerchantGrade.Validate("flagship", "Flagship", 20, 50, 10000, MerchantPermissionNames.All, 50000m, "CNY"));
    }

    [Theory]
    [InlineData(10.5, "JPY", false)]
    [InlineData(10, "jpy", true)]
    [InlineData(1.005, "KWD", true)]
    [InlineData(1.005, "CNY", false)]
    [InlineData(10, "XYZ", false)]
    public void A_deposit_has_at_most_its_currency_s_minor_units_and_a_known_currency(decimal amount, string currency, bool valid)
        => Assert.Equal(valid, MerchantGrade.Validate("gold", "Gold", 1, 0, 0, [], amount, currency).Count == 0);

    [Fact]
    public void A_shop_with_more_categories_than_its_grade_allows_is_refused_on_the_categories_field()
    {
        var errors = new Dictionary<string, string[]>();
        MerchantValidation.Shop(Fixtures.Shop with { Categories = ["tea", "teaware", "snacks"] }, Fixtures.Grade(maxCategories: 2), errors);

        Assert.Equal(["shop.categories"], errors.Keys);
    }
}
