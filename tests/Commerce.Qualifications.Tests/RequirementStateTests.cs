using Commerce.Qualifications.Domain;
using static Commerce.Qualifications.Tests.Subjects;

namespace Commerce.Qualifications.Tests;

/// <summary>Each requirement's state, reason and deadline, and how they move with the clock.</summary>
public sealed class RequirementStateTests
{
    private static readonly QualificationProfile Toys = Profile(["toys"]);
    private readonly RuleIndex _index = DefaultCatalog.Index();

    private RequirementItem Ccc(IReadOnlyList<DocumentDetails> documents, DateTimeOffset? now = null, IReadOnlyDictionary<string, DateTimeOffset>? dueSince = null)
        => _index.Evaluate(Toys, documents, Clock(now), dueSince).Item("ccc-certificate");

    [Fact]
    public void A_verified_licence_moves_to_eventually_due_30_days_before_expiry_and_to_past_due_after_it()
    {
        var expires = Today.AddDays(60);
        DocumentDetails[] documents = [Verified("ccc-certificate", expires: expires)];
        var expiryMoment = Clock().StartOf(expires.AddDays(1));

        var now = Ccc(documents);
        Assert.Equal(RequirementState.Verified, now.State);
        Assert.Null(now.Deadline);

        var warned = Ccc(documents, Now.AddDays(32));
        Assert.Equal(RequirementState.EventuallyDue, warned.State);
        Assert.Equal(expiryMoment, warned.Deadline);
        Assert.Contains(expires.ToString("yyyy-MM-dd"), warned.Reason);

        // Still valid on its expiry day (Shanghai time), past due from the next midnight there.
        var lastDay = Ccc(documents, expiryMoment.AddMinutes(-1));
        Assert.Equal(RequirementState.EventuallyDue, lastDay.State);
        var expired = Ccc(documents, expiryMoment);
        Assert.Equal(RequirementState.PastDue, expired.State);
        Assert.Equal(expiryMoment, expired.Deadline);
        Assert.Equal(new DateTimeOffset(2027, 1, 26, 16, 0, 0, TimeSpan.Zero), expiryMoment);
    }

    [Fact]
    public void A_renewal_awaiting_verification_shows_as_pending_before_expiry_but_does_not_stop_past_due_after_it()
    {
        var expires = Today.AddDays(10);
        DocumentDetails[] documents = [Verified("ccc-certificate", expires: expires), Pending("ccc-certificate", expires: Today.AddYears(5))];

        Assert.Equal(RequirementState.PendingVerification, Ccc(documents).State);
        var expired = Ccc(documents, Now.AddDays(11));
        Assert.Equal(RequirementState.PastDue, expired.State);
        Assert.Contains("renewal awaits verification", expired.Reason);

        DocumentDetails[] renewed = [documents[0], documents[1] with { Review = DocumentReview.Verified }];
        Assert.Equal(RequirementState.Verified, Ccc(renewed, Now.AddDays(11)).State);
    }

    [Fact]
    public void A_missing_document_is_currently_due_until_the_grace_period_ends_then_past_due()
    {
        var since = new Dictionary<string, DateTimeOffset> { ["ccc-certificate"] = Now };

        var due = Ccc([], dueSince: since);
        Assert.Equal(RequirementState.CurrentlyDue, due.State);
        Assert.Equal(Now.AddDays(RequirementRule.DefaultGraceDays), due.Deadline);

        var late = Ccc([], Now.AddDays(30), since);
        Assert.Equal(RequirementState.PastDue, late.State);
        Assert.Equal(Now.AddDays(30), late.Deadline);
    }

    [Fact]
    public void An_upload_is_pending_verification_even_past_the_deadline_for_a_document_never_held()
    {
        var since = new Dictionary<string, DateTimeOffset> { ["ccc-certificate"] = Now };

        var pending = Ccc([Pending("ccc-certificate", expires: Today.AddYears(3))], Now.AddDays(40), since);

        Assert.Equal(RequirementState.PendingVerification, pending.State);
    }

    [Fact]
    public void A_rejected_document_carries_the_auditors_reason_and_is_past_due_after_the_deadline()
    {
        var since = new Dictionary<string, DateTimeOffset> { ["ccc-certificate"] = Now };
        DocumentDetails[] documents = [Rejected("ccc-certificate", "The scan is unreadable.")];

        var rejected = Ccc(documents, dueSince: since);
        Assert.Equal(RequirementState.Rejected, rejected.State);
        Assert.Equal("Rejected: The scan is unreadable. Upload it again.", rejected.Reason);
        Assert.Equal(Now.AddDays(30), rejected.Deadline);

        Assert.Equal(RequirementState.PastDue, Ccc(documents, Now.AddDays(31), since).State);
        // Uploaded again: the newest upload decides.
        Assert.Equal(RequirementState.PendingVerification, Ccc([.. documents, Pending("ccc-certificate")], Now.AddDays(1), since).State);
    }

    [Fact]
    public void A_long_term_licence_stays_verified()
    {
        var set = _index.Evaluate(Toys, [Verified("business-licence", expires: null)], Clock(Now.AddYears(30)));

        Assert.Equal(RequirementState.Verified, set.Item("business-licence").State);
        Assert.Null(set.Item("business-licence").Deadline);
    }

    [Fact]
    public void A_past_due_requirement_restricts_exactly_the_categories_that_need_it()
    {
        var profile = Profile(["toys", "apparel"]);
        DocumentDetails[] documents =
        [
            Verified("business-licence"),
            Verified("quality-inspection-report", issued: Today.AddMonths(-2)),
            Verified("ccc-certificate", expires: Today.AddDays(-1)),
        ];

        var set = _index.Evaluate(profile, documents, Clock());
        Assert.Equal(["toys"], Restrictions.RestrictedCategories(set));
        Assert.Equal(["ccc-certificate"], Restrictions.PastDueKeys(set));

        var noLicence = _index.Evaluate(profile, documents[1..], Clock(), new Dictionary<string, DateTimeOffset> { ["business-licence"] = Now.AddDays(-31) });
        Assert.Equal(["apparel", "toys"], Restrictions.RestrictedCategories(noLicence));
    }

    [Fact]
    public void A_verified_document_of_a_type_the_rule_does_not_accept_does_not_count()
    {
        var item = Ccc([Verified("quality-inspection-report", issued: Today)]);

        Assert.Equal(RequirementState.CurrentlyDue, item.State);
    }
}
