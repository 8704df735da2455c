using Commerce.Merchants.Domain;

namespace Commerce.Merchants.Tests;

public sealed class MerchantValidationTests
{
    [Fact]
    public void Company_errors_name_the_nested_json_field()
    {
        var errors = new Dictionary<string, string[]>();
        MerchantValidation.Company(Fixtures.Company with { LegalName = " ", CreditCode = "91350100M000100Y44", Bank = new BankAccount("Tea Co.", "Bank of Fuzhou", "12-34") }, errors);

        Assert.Equal(["company.bank.accountNumber", "company.creditCode", "company.legalName"], errors.Keys.Order());
    }

    [Fact]
    public void A_sound_company_and_shop_pass()
    {
        var errors = new Dictionary<string, string[]>();
        MerchantValidation.Company(Fixtures.Company, errors);
        MerchantValidation.Shop(Fixtures.Shop, Fixtures.Grade(), errors);

        Assert.Empty(errors);
    }

    [Fact]
    public void Lists_are_trimmed_deduplicated_and_sorted()
        => Assert.Equal(["tea", "teaware"], MerchantValidation.Clean([" teaware", "tea", "tea ", "", null]));

    [Fact]
    public void A_closed_merchant_refuses_edits_and_further_status_changes()
    {
        var merchant = Fixtures.Merchant();
        merchant.ChangeStatus(MerchantStatus.Closed, "Left the marketplace", null, "admin", Fixtures.Now);

        Assert.Equal("status", Assert.Throws<MerchantRuleException>(merchant.EnsureOpen).Field);
        Assert.Throws<MerchantRuleException>(() => merchant.ChangeStatus(MerchantStatus.Active, "Back", null, "admin", Fixtures.Now));
    }

    [Fact]
    public void A_grade_change_needs_a_reason_and_another_grade_and_is_recorded()
    {
        var merchant = Fixtures.Merchant();
        var flagship = new MerchantGrade { Id = "flagship", Name = "Flagship", Deposit = Money.Zero("CNY") };

        Assert.Equal("reason", Assert.Throws<MerchantRuleException>(() => merchant.ChangeGrade(flagship, "", "admin", Fixtures.Now)).Field);
        Assert.Equal("gradeId", Assert.Throws<MerchantRuleException>(() => merchant.ChangeGrade(Fixtures.Grade(), "Same", "admin", Fixtures.Now)).Field);
        merchant.ChangeGrade(flagship, "Brand owner", "admin", Fixtures.Now);

        Assert.Equal("flagship", merchant.GradeId);
        Assert.Equal((HistoryKinds.Grade, "standard → flagship", "Brand owner"), (merchant.History[^1].Kind, merchant.History[^1].Detail, merchant.History[^1].Reason));
    }
}
