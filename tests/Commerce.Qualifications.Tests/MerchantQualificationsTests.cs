using Commerce.Events;
using Commerce.Merchants;
using Commerce.Qualifications.Api;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Events;
using Commerce.Qualifications.Jobs;
using Commerce.Qualifications.Services;
using Microsoft.EntityFrameworkCore;
using static Commerce.Qualifications.Tests.Subjects;

namespace Commerce.Qualifications.Tests;

/// <summary>
/// A stored merchant over time: the restriction events other modules act on, notices, onboarding's import, the
/// Merchants events, and re-evaluation after a rule change.
/// </summary>
public sealed class MerchantQualificationsTests
{
    private static readonly QualificationProfile ToyShop = Profile(["toys"]);

    private static VerifiedDocument Held(string type, DateOnly? issued = null, DateOnly? expires = null, string file = "a")
        => new(new DocumentDetails(type, null, "N", issued ?? Today.AddMonths(-1), expires, "Authority", [file + type], DocumentReview.Verified), Now);

    private static readonly VerifiedDocument[] ToyShopDocuments =
    [
        Held("business-licence"),
        Held("quality-inspection-report"),
        Held("ccc-certificate", expires: Today.AddDays(40)),
    ];

    [Fact]
    public async Task An_expired_certificate_publishes_a_restriction_once_and_its_verified_renewal_lifts_it()
    {
        await using var fixture = await ServiceFixture.StartAsync();
        var merchant = Guid.NewGuid();
        await fixture.RunAsync<IQualificationImport>((import, _) => import.ImportAsync(merchant, ToyShop, ToyShopDocuments, "auditor-1"));
        Assert.Empty(await fixture.StagedEvents<QualificationRestrictionChanged>());

        fixture.Clock.Advance(TimeSpan.FromDays(11));
        await RunJobAsync(fixture);
        var warning = Assert.Single(fixture.Outbox.Queued.Values);
        Assert.Equal("资质即将到期：强制性产品认证证书（3C认证）", warning.Subject);
        Assert.Equal("owner", warning.UserId);
        Assert.Empty(await fixture.StagedEvents<QualificationRestrictionChanged>());

        fixture.Clock.Advance(TimeSpan.FromDays(30));
        await RunJobAsync(fixture);
        await RunJobAsync(fixture);
        var restricted = Assert.Single(await fixture.StagedEvents<QualificationRestrictionChanged>());
        Assert.Equal(merchant, restricted.MerchantId);
        Assert.Equal(["toys"], restricted.RestrictedCategories);
        Assert.Contains("ccc-certificate", restricted.Reason);
        // The second run the same day queued nothing new: one notice per situation.
        Assert.Equal(2, fixture.Outbox.Queued.Count);

        await fixture.RunAsync<IQualificationImport>((import, _) => import.ImportAsync(merchant, ToyShop, [Held("ccc-certificate", issued: Today.AddDays(40), expires: Today.AddYears(5), file: "renewed")], "auditor-1"));
        var lifted = (await fixture.StagedEvents<QualificationRestrictionChanged>())[^1];
        Assert.Empty(lifted.RestrictedCategories);
        Assert.Equal(0, await fixture.GetAsync<QualificationsDbContext, int>(db => db.Restrictions.CountAsync()));
    }

    [Fact]
    public async Task Importing_the_same_documents_twice_adds_them_once()
    {
        await using var fixture = await ServiceFixture.StartAsync();
        var merchant = Guid.NewGuid();

        await fixture.RunAsync<IQualificationImport>((import, _) => import.ImportAsync(merchant, ToyShop, ToyShopDocuments, "auditor-1"));
        await fixture.RunAsync<IQualificationImport>((import, _) => import.ImportAsync(merchant, ToyShop, ToyShopDocuments, "auditor-1"));

        Assert.Equal(3, await fixture.GetAsync<QualificationsDbContext, int>(db => db.Documents.CountAsync(d => d.MerchantId == merchant)));
        var set = await fixture.GetAsync<MerchantQualifications, RequirementSet?>(q => q.EvaluateAsync(merchant, CancellationToken.None));
        Assert.True(set!.IsSatisfied);
    }

    [Fact]
    public async Task The_merchants_events_keep_the_profile_in_step_and_keep_the_answers()
    {
        await using var fixture = await ServiceFixture.StartAsync();
        var merchant = Guid.NewGuid();
        await fixture.RunAsync<IQualificationImport>((import, _) => import.ImportAsync(merchant, Profile(["food.packaged"], answers: ("isProducer", "true")), [], "auditor-1"));

        await fixture.RunAsync<MerchantEventsHandler>((handler, _) => handler.HandleAsync(
            new MerchantProfileChanged(merchant, ["food.packaged", "toys", "not.a.qualifications.category"], ["Acme"], ShopType.Flagship), new EventDelivery(1, Subjects.Now, 1), CancellationToken.None));

        var profile = await fixture.GetAsync<QualificationsDbContext, Domain.MerchantProfile>(db => db.Profiles.SingleAsync(p => p.MerchantId == merchant));
        Assert.Equal(["food.packaged", "toys"], profile.Categories);
        Assert.Equal("flagship", profile.ShopType);
        Assert.Equal("true", profile.Answers["isProducer"]);
        var keys = (await fixture.GetAsync<MerchantQualifications, RequirementSet?>(q => q.EvaluateAsync(merchant, CancellationToken.None)))!.Keys();
        Assert.Contains("food-production-licence", keys);
        Assert.Contains("trademark@Acme", keys);

        var registered = Guid.NewGuid();
        await fixture.RunAsync<MerchantEventsHandler>((handler, _) => handler.HandleAsync(
            new MerchantRegistered(registered, Guid.NewGuid(), "owner", ["apparel"], [], ShopType.Individual), new EventDelivery(2, Subjects.Now, 1), CancellationToken.None));
        Assert.Equal(["business-licence", "quality-inspection-report"], (await fixture.GetAsync<MerchantQualifications, RequirementSet?>(q => q.EvaluateAsync(registered, CancellationToken.None)))!.Keys());
    }

    [Fact]
    public async Task A_new_rule_re_evaluates_the_merchants_it_affects_at_once()
    {
        await using var fixture = await ServiceFixture.StartAsync();
        var toyShop = Guid.NewGuid();
        var clothes = Guid.NewGuid();
        await fixture.RunAsync<IQualificationImport>((import, _) => import.ImportAsync(toyShop, ToyShop, ToyShopDocuments, "auditor-1"));
        await fixture.RunAsync<IQualificationImport>((import, _) => import.ImportAsync(clothes, Profile(["apparel"]), [Held("business-licence"), Held("quality-inspection-report")], "auditor-1"));
        Assert.Empty(await fixture.StagedEvents<QualificationRestrictionChanged>());

        // A document owed at once (no grace): the apparel merchant is past due the moment the rule is saved.
        var saved = await fixture.GetAsync<CatalogEditor, Outcome<Domain.RequirementRule>>(editor => editor.SaveRuleAsync(
            null, new RuleInput("fibre-content-report", "apparel", ["quality-inspection-report", "brand-authorization"], [], [], null, false, 0), CancellationToken.None));
        Assert.Equal(Refusal.None, saved.Refusal);
        Assert.Empty(await fixture.StagedEvents<QualificationRestrictionChanged>()); // satisfied by the verified report already held

        await fixture.GetAsync<CatalogEditor, Outcome<Domain.RequirementRule>>(editor => editor.SaveRuleAsync(
            null, new RuleInput("washing-label", "apparel", ["brand-authorization"], [], [], null, false, 0), CancellationToken.None));
        var restricted = Assert.Single(await fixture.StagedEvents<QualificationRestrictionChanged>());
        Assert.Equal(clothes, restricted.MerchantId);
        Assert.Equal(["apparel"], restricted.RestrictedCategories);
        var toyStatuses = await fixture.GetAsync<QualificationsDbContext, List<string>>(db => db.RequirementStatuses.Where(s => s.MerchantId == toyShop).Select(s => s.Key).ToListAsync());
        Assert.DoesNotContain("washing-label", toyStatuses);
    }

    private static Task RunJobAsync(ServiceFixture fixture)
        => fixture.RunAsync<ExpiryCheckJob>((job, _) => job.RunAsync(new Commerce.Jobs.BackgroundJobContext(fixture.Clock.GetUtcNow(), null), CancellationToken.None));
}
