using Commerce.Merchants.Domain;

namespace Commerce.Merchants.Tests;

public sealed class MerchantStatusMachineTests
{
    public static TheoryData<MerchantStatus, MerchantStatus> Allowed => new()
    {
        { MerchantStatus.Pending, MerchantStatus.Active },
        { MerchantStatus.Pending, MerchantStatus.Closed },
        { MerchantStatus.Active, MerchantStatus.Restricted },
        { MerchantStatus.Active, MerchantStatus.Suspended },
        { MerchantStatus.Active, MerchantStatus.Closed },
        { MerchantStatus.Restricted, MerchantStatus.Active },
        { MerchantStatus.Restricted, MerchantStatus.Restricted },
        { MerchantStatus.Restricted, MerchantStatus.Suspended },
        { MerchantStatus.Restricted, MerchantStatus.Closed },
        { MerchantStatus.Suspended, MerchantStatus.Active },
        { MerchantStatus.Suspended, MerchantStatus.Closed },
    };

    [Fact]
    public void Exactly_the_listed_transitions_exist()
    {
        var allowed = Allowed.Select(row => ((MerchantStatus)row[0], (MerchantStatus)row[1])).ToHashSet();
        foreach (var from in Enum.GetValues<MerchantStatus>())
        {
            foreach (var to in Enum.GetValues<MerchantStatus>())
            {
                Assert.True(allowed.Contains((from, to)) == MerchantStatusMachine.CanMove(from, to), $"{from} → {to}");
            }
        }
    }

    [Fact]
    public void Closed_is_final()
        => Assert.Empty(MerchantStatusMachine.NextFrom(MerchantStatus.Closed));

    [Fact]
    public void A_refused_transition_names_the_status_field_and_changes_nothing()
    {
        var merchant = Fixtures.Merchant(MerchantStatus.Pending);
        var version = merchant.Version;

        var refused = Assert.Throws<MerchantRuleException>(() => merchant.ChangeStatus(MerchantStatus.Suspended, "Fraud", null, "admin", Fixtures.Now));

        Assert.Equal("status", refused.Field);
        Assert.Equal(MerchantStatus.Pending, merchant.Status);
        Assert.Equal(version, merchant.Version);
        Assert.Single(merchant.History);
    }

    [Fact]
    public void A_status_change_needs_a_reason()
    {
        var merchant = Fixtures.Merchant();
        Assert.Equal("reason", Assert.Throws<MerchantRuleException>(() => merchant.ChangeStatus(MerchantStatus.Suspended, " ", null, "admin", Fixtures.Now)).Field);
    }

    [Fact]
    public void Restricting_needs_categories_and_records_them_in_the_history()
    {
        var merchant = Fixtures.Merchant();
        Assert.Equal("categories", Assert.Throws<MerchantRuleException>(() => merchant.ChangeStatus(MerchantStatus.Restricted, "Complaints", [], "admin", Fixtures.Now)).Field);

        merchant.ChangeStatus(MerchantStatus.Restricted, "Complaints", ["teaware", " tea "], "admin", Fixtures.Now);

        Assert.Equal(MerchantStatus.Restricted, merchant.Status);
        Assert.Equal(["tea", "teaware"], merchant.RestrictedCategories);
        var entry = merchant.History[^1];
        Assert.Equal((2, MerchantStatus.Active, MerchantStatus.Restricted, "Complaints", "admin"), (entry.Sequence, entry.FromStatus, entry.ToStatus, entry.Reason, entry.ActorUserId));
        Assert.Equal(["tea", "teaware"], entry.RestrictedCategories);
    }

    [Fact]
    public void Qualification_restrictions_move_a_trading_merchant_between_active_and_restricted()
    {
        var merchant = Fixtures.Merchant();

        Assert.True(merchant.SetQualificationRestrictions(["tea"], "Food licence expired.", Fixtures.Now));
        Assert.Equal(MerchantStatus.Restricted, merchant.Status);
        Assert.False(merchant.SetQualificationRestrictions(["tea"], "Same again.", Fixtures.Now));

        Assert.True(merchant.SetQualificationRestrictions([], "Food licence verified.", Fixtures.Now));
        Assert.Equal(MerchantStatus.Active, merchant.Status);
        Assert.Empty(merchant.RestrictedCategories);
        Assert.Equal([HistoryKinds.Created, HistoryKinds.Restriction, HistoryKinds.Restriction], merchant.History.Select(h => h.Kind));
    }

    [Fact]
    public void A_suspended_merchant_stays_suspended_when_qualifications_restrict_and_comes_back_restricted()
    {
        var merchant = Fixtures.Merchant();
        merchant.ChangeStatus(MerchantStatus.Suspended, "Unpaid deposit", null, "admin", Fixtures.Now);

        merchant.SetQualificationRestrictions(["tea"], "Food licence expired.", Fixtures.Now);
        Assert.Equal(MerchantStatus.Suspended, merchant.Status);

        merchant.ChangeStatus(MerchantStatus.Active, "Deposit paid", null, "admin", Fixtures.Now);
        Assert.Equal(MerchantStatus.Restricted, merchant.Status);
        Assert.Equal(["tea"], merchant.RestrictedCategories);
    }

    [Fact]
    public void Activating_lifts_the_admins_restrictions_only()
    {
        var merchant = Fixtures.Merchant();
        merchant.ChangeStatus(MerchantStatus.Restricted, "Complaints", ["teaware"], "admin", Fixtures.Now);
        merchant.SetQualificationRestrictions(["tea"], "Food licence expired.", Fixtures.Now);

        merchant.ChangeStatus(MerchantStatus.Active, "Complaints handled", null, "admin", Fixtures.Now);

        Assert.Equal(MerchantStatus.Restricted, merchant.Status);
        Assert.Equal(["tea"], merchant.RestrictedCategories);
    }
}
