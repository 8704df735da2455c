using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Tests;

public sealed class MerchantApplicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string[]> NothingMissing = [];

    private static MerchantApplication Draft()
    {
        var application = MerchantApplication.Start(Guid.NewGuid(), "applicant-1", ApplicationMode.Guided, Now);
        application.SaveFields("company", Values(("legalName", "Acme Foods"), ("creditCode", "91310000MA1FL8XQ3A")), Now);
        return application;
    }

    private static Dictionary<string, IReadOnlyList<string>> Values(params (string Key, string Value)[] values)
        => values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)[v.Value]);

    private static MerchantApplication UnderReview()
    {
        var application = Draft();
        application.Submit("applicant-1", Now, NothingMissing);
        application.StartReview("auditor-1", Now.AddHours(1));
        return application;
    }

    [Fact]
    public void A_submission_with_something_missing_is_refused_and_the_draft_stays_a_draft()
    {
        var application = Draft();
        var error = Assert.Throws<ApplicationRuleException>(() => application.Submit("applicant-1", Now, new Dictionary<string, string[]> { ["shop.shopName"] = ["Required."] }));

        Assert.Equal(ApplicationRules.Incomplete, error.Code);
        Assert.Equal(["shop.shopName"], error.Errors.Keys);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Empty(application.NewTransitions);
        Assert.Null(application.SubmittedUtc);
    }

    [Fact]
    public void Each_transition_is_recorded_with_who_when_from_to_and_why()
    {
        var application = UnderReview();
        application.RecordVerdict("company.legalName", accepted: false, "Does not match the licence", "auditor-1", Now.AddHours(2));
        application.RequestChanges("auditor-1", Now.AddHours(2), "Please fix the name", maxRounds: 3);

        Assert.Collection(
            application.NewTransitions,
            t => Assert.Equal((ApplicationStatus.Draft, ApplicationStatus.Submitted, "applicant-1", Now, (string?)null), (t.From, t.To, t.ByUserId, t.AtUtc, t.Reason)),
            t => Assert.Equal((ApplicationStatus.Submitted, ApplicationStatus.UnderReview, "auditor-1"), (t.From, t.To, t.ByUserId)),
            t => Assert.Equal((ApplicationStatus.UnderReview, ApplicationStatus.ChangesRequested, "auditor-1", Now.AddHours(2), "Please fix the name"), (t.From, t.To, t.ByUserId, t.AtUtc, t.Reason)));
        Assert.All(application.NewTransitions, t => Assert.Equal(application.Id, t.ApplicationId));
        Assert.Equal(3, application.NewTransitions.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void After_a_request_for_changes_only_flagged_items_can_change_and_the_applicant_resubmits()
    {
        var application = UnderReview();
        application.RecordVerdict("company.legalName", accepted: false, "Does not match the licence", "auditor-1", Now);
        application.RecordVerdict("company.creditCode", accepted: true, null, "auditor-1", Now);
        application.RequestChanges("auditor-1", Now, null, maxRounds: 2);

        Assert.Equal(["company.legalName"], application.FlaggedItems.Select(v => v.ItemKey));
        var refused = Assert.Throws<ApplicationRuleException>(() => application.SaveFields("company", Values(("creditCode", "91310000MA1FL8XQ3B")), Now));
        Assert.Equal(ApplicationRules.NotEditable, refused.Code);
        Assert.Equal(["company.creditCode"], refused.Errors.Keys);
        Assert.Equal(["91310000MA1FL8XQ3A"], application.Value("company", "creditCode"));

        // Sending an unflagged field back unchanged (a whole step form) is fine; the flagged one changes.
        application.SaveFields("company", Values(("legalName", "Acme Foods Ltd"), ("creditCode", "91310000MA1FL8XQ3A")), Now);
        Assert.Equal(["Acme Foods Ltd"], application.Value("company", "legalName"));

        application.Submit("applicant-1", Now.AddDays(1), NothingMissing);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(1, application.ReviewRound);
        Assert.Equal(Now.AddDays(1), application.SubmittedUtc);
        Assert.Empty(application.FlaggedItems);
    }

    [Fact]
    public void Change_rounds_stop_at_the_tenants_limit()
    {
        var application = UnderReview();
        for (var round = 0; round < 2; round++)
        {
            application.RecordVerdict("company.legalName", accepted: false, "Still wrong", "auditor-1", Now);
            application.RequestChanges("auditor-1", Now, null, maxRounds: 2);
            application.SaveFields("company", Values(("legalName", $"Acme {round}")), Now);
            application.Submit("applicant-1", Now, NothingMissing);
            application.StartReview("auditor-1", Now);
        }

        application.RecordVerdict("company.legalName", accepted: false, "Still wrong", "auditor-1", Now);
        var error = Assert.Throws<ApplicationRuleException>(() => application.RequestChanges("auditor-1", Now, null, maxRounds: 2));
        Assert.Equal(ApplicationRules.RoundsExhausted, error.Code);
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Equal(2, application.ChangeRounds);

        application.Reject("auditor-1", Now, "Could not prove the company name");
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
    }

    [Fact]
    public void Requesting_changes_needs_a_rejected_item_and_rejections_need_reasons()
    {
        var application = UnderReview();
        Assert.Equal(ApplicationRules.ReasonRequired, Assert.Throws<ApplicationRuleException>(() => application.RequestChanges("auditor-1", Now, "fix it", 3)).Code);
        Assert.Equal(ApplicationRules.ReasonRequired, Assert.Throws<ApplicationRuleException>(() => application.RecordVerdict("company.legalName", false, "  ", "auditor-1", Now)).Code);
        Assert.Equal(ApplicationRules.ReasonRequired, Assert.Throws<ApplicationRuleException>(() => application.Reject("auditor-1", Now, null)).Code);
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Empty(application.Content.Verdicts);
    }

    [Fact]
    public void A_later_verdict_replaces_the_earlier_and_approval_waits_until_nothing_stands_rejected()
    {
        var application = UnderReview();
        application.RecordVerdict("company.legalName", false, "Blurry", "auditor-1", Now);
        Assert.Equal(ApplicationRules.InvalidTransition, Assert.Throws<ApplicationRuleException>(() => application.Approve("auditor-1", Now, "gold", null)).Code);

        application.RecordVerdict("company.legalName", true, null, "auditor-2", Now);
        Assert.Single(application.Content.Verdicts);
        var approved = application.Approve("auditor-1", Now.AddHours(3), "gold", "Welcome");

        Assert.Equal(ApplicationStatus.Approved, approved.To);
        Assert.Equal("gold", application.GradeId);
        Assert.Equal(Now.AddHours(3), application.DecidedUtc);
        Assert.Equal(ApplicationRules.NotEditable, Assert.Throws<ApplicationRuleException>(() => application.SaveFields("company", Values(("legalName", "x")), Now)).Code);
        Assert.Equal(ApplicationRules.InvalidTransition, Assert.Throws<ApplicationRuleException>(() => application.Reject("auditor-1", Now, "too late")).Code);
    }

    [Fact]
    public void Nothing_moves_out_of_order()
    {
        var application = Draft();
        Assert.Equal(ApplicationRules.InvalidTransition, Assert.Throws<ApplicationRuleException>(() => application.StartReview("auditor-1", Now)).Code);
        Assert.Equal(ApplicationRules.InvalidTransition, Assert.Throws<ApplicationRuleException>(() => application.RecordVerdict("company.legalName", true, null, "auditor-1", Now)).Code);
        application.Submit("applicant-1", Now, NothingMissing);
        Assert.Equal(ApplicationRules.NotEditable, Assert.Throws<ApplicationRuleException>(() => application.SaveFields("company", Values(("legalName", "x")), Now)).Code);
        Assert.Equal(ApplicationRules.InvalidTransition, Assert.Throws<ApplicationRuleException>(() => application.Submit("applicant-1", Now, NothingMissing)).Code);
        Assert.Equal(ApplicationRules.InvalidTransition, Assert.Throws<ApplicationRuleException>(() => application.Approve("auditor-1", Now, null, null)).Code);
    }

    [Fact]
    public void A_quick_individual_application_is_approved_by_the_platform_on_submission()
    {
        var application = MerchantApplication.Start(Guid.NewGuid(), "applicant-1", ApplicationMode.Quick, Now);
        application.Submit("applicant-1", Now, NothingMissing);
        var transition = application.AutoApprove(Now, "Individual seller approved automatically");

        Assert.Equal((ApplicationStatus.Submitted, ApplicationStatus.Approved, MerchantApplication.SystemActor), (transition.From, transition.To, transition.ByUserId));
    }

    [Fact]
    public void Documents_after_a_request_for_changes_follow_the_flags_too()
    {
        var application = Draft();
        var licence = new DocumentEntry("food-business-licence", "food-business-licence", null, "JY13101010000001", null, null, null, ["abc"]);
        var trademark = new DocumentEntry("trademark@Acme", "trademark-registration", "Acme", "12345678", null, null, null, ["def"]);
        application.SaveDocument(licence, "qualifications", Now);
        application.SaveDocument(trademark, "qualifications", Now);
        application.Submit("applicant-1", Now, NothingMissing);
        application.StartReview("auditor-1", Now);
        application.RecordVerdict(licence.ItemKey, false, "Expired", "auditor-1", Now);
        application.RequestChanges("auditor-1", Now, null, 3);

        Assert.Equal(ApplicationRules.NotEditable, Assert.Throws<ApplicationRuleException>(() => application.SaveDocument(trademark with { Number = "9" }, "qualifications", Now)).Code);
        application.SaveDocument(licence with { Number = "JY13101010000002", Files = ["ghi"] }, "qualifications", Now);
        Assert.Equal("JY13101010000002", application.Content.Documents.Single(d => d.RequirementKey == licence.RequirementKey).Number);
    }
}
