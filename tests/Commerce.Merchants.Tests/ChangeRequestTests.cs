using Commerce.Merchants.Domain;

namespace Commerce.Merchants.Tests;

public sealed class ChangeRequestTests
{
    [Fact]
    public void Approving_applies_the_proposed_fields_and_logs_it()
    {
        var merchant = Fixtures.Merchant();
        var request = new CompanyChangeRequest { Id = Guid.NewGuid(), MerchantId = merchant.Id, LegalName = "Fujian Tea Group", RequestedByUserId = "owner-1", RequestedUtc = Fixtures.Now };

        request.Approve(merchant, "auditor", "Licence checked.", Fixtures.Now);

        Assert.Equal("Fujian Tea Group", merchant.LegalName);
        Assert.Equal("91350100M000100Y43", merchant.CreditCode);
        Assert.Equal("6222020200112233", merchant.BankAccountNumber);
        Assert.Equal((ChangeRequestStatus.Approved, "auditor", "Licence checked."), (request.Status, request.ReviewedByUserId, request.ReviewNote));
        Assert.Equal((HistoryKinds.Company, "legal name"), (merchant.History[^1].Kind, merchant.History[^1].Detail));
    }

    [Fact]
    public void A_rejection_needs_a_note_and_a_request_is_reviewed_once()
    {
        var merchant = Fixtures.Merchant();
        var request = new CompanyChangeRequest { Id = Guid.NewGuid(), MerchantId = merchant.Id, BankAccountNumber = "6222999988887777", RequestedByUserId = "owner-1", RequestedUtc = Fixtures.Now };

        Assert.Equal("note", Assert.Throws<MerchantRuleException>(() => request.Reject("auditor", null, Fixtures.Now)).Field);
        request.Reject("auditor", "The account is not in the company's name.", Fixtures.Now);

        Assert.Equal("changeRequest", Assert.Throws<MerchantRuleException>(() => request.Approve(merchant, "auditor", null, Fixtures.Now)).Field);
        Assert.Equal("6222020200112233", merchant.BankAccountNumber);
    }

    [Fact]
    public void An_invitation_is_accepted_once_by_its_address_before_it_expires()
    {
        var invitation = new StaffInvitation { Id = Guid.NewGuid(), Email = "li@example.test", TokenHash = "x", InvitedByUserId = "owner-1", CreatedUtc = Fixtures.Now, ExpiresUtc = Fixtures.Now + StaffInvitation.Lifetime };

        Assert.Equal("token", Assert.Throws<MerchantRuleException>(() => invitation.Accept("u2", "wang@example.test", Fixtures.Now)).Field);
        Assert.Throws<MerchantRuleException>(() => invitation.Accept("u1", "LI@example.test", Fixtures.Now + TimeSpan.FromDays(8)));
        invitation.Accept("u1", "LI@example.test", Fixtures.Now);
        Assert.Throws<MerchantRuleException>(() => invitation.Accept("u1", "li@example.test", Fixtures.Now));
    }
}
