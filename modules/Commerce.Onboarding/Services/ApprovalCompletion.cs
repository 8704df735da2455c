using Commerce.Events;
using Commerce.Merchants;
using Commerce.Onboarding.Data;
using Commerce.Onboarding.Domain;
using Commerce.Qualifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Onboarding.Services;

/// <summary>
/// Turns an approved application into a merchant: registers it with the chosen grade (the registry gives the owner
/// the grade's permissions) and hands the verified documents to Qualifications when that module is on. The approval
/// is committed first, so two auditors cannot both decide; its event (consumer <c>Onboarding.Approvals</c>) then runs
/// this, retried until the merchant exists, and the approving request waits a moment for it
/// (<see cref="WaitForApprovalAsync"/>). Registration is idempotent per application, so a repeated delivery finds the
/// merchant and changes nothing.
/// </summary>
internal sealed class ApprovalCompletion(
    ApplicationRepository applications,
    StepCatalog catalog,
    IServiceProvider services,
    ILogger<ApprovalCompletion> logger)
{
    public async Task CompleteAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (await applications.FindAsync(applicationId, cancellationToken) is not { Status: ApplicationStatus.Approved, MerchantId: null } application)
        {
            return;
        }

        if (services.GetService<IMerchantRegistry>() is not { } registry)
        {
            logger.LogWarning("Application {Application} is approved but the merchants registry is not available; it will be registered later.", applicationId);
            return;
        }

        var steps = await catalog.StepsForAsync(application.Mode, cancellationToken);
        var profile = ApplicationProfile.Read(application, steps);
        var merchant = await registry.RegisterAsync(Registration(application, profile), cancellationToken);
        var approver = (await applications.TransitionsAsync(applicationId, cancellationToken)).LastOrDefault(t => t.To == ApplicationStatus.Approved)?.ByUserId
            ?? MerchantApplication.SystemActor;
        var verified = application.Content.Documents
            .Select(d => (Document: d, Verdict: application.LastVerdict(d.ItemKey)))
            .Where(d => d.Verdict is { Accepted: true })
            .Select(d => new VerifiedDocument(ApplicationProgress.ToDetails(application, d.Document), d.Verdict!.AtUtc))
            .ToList();
        if (verified.Count > 0 && services.GetService<IQualificationImport>() is { } import)
        {
            await import.ImportAsync(merchant.Id, ApplicationProgress.ToQualificationProfile(profile), verified, approver, cancellationToken);
        }

        application.MerchantId = merchant.Id;
        try
        {
            await applications.SaveAsync(application, (profile.DisplayName, await catalog.IndustryOfAsync(profile.Categories, cancellationToken), profile.Value(ProfileBindings.Region)), cancellationToken);
        }
        catch (ApplicationConflictException)
        {
            // Another process completed it at the same moment; the registry returned the same merchant to both.
        }
    }

    /// <summary>The consumer that completes approvals.</summary>
    public const string Consumer = "Onboarding.Approvals";

    /// <summary>
    /// After an approval is committed: waits (briefly) for its merchant, so the auditor's answer names it. Past the wait
    /// the answer goes without it and the merchant follows.
    /// </summary>
    public static async Task WaitForApprovalAsync(IEventStream events, MerchantApplication application, CancellationToken cancellationToken)
    {
        if (application is { Status: ApplicationStatus.Approved, MerchantId: null })
        {
            await events.CatchUpAsync(Consumer, TimeSpan.FromSeconds(10), cancellationToken);
        }
    }

    private static MerchantRegistration Registration(MerchantApplication application, ApplicationProfile profile)
    {
        var contact = profile.Value(ProfileBindings.ContactName);
        var bank = profile.Value(ProfileBindings.BankAccountNumber) is { } account
            ? new BankAccount(profile.Value(ProfileBindings.BankAccountName) ?? "", profile.Value(ProfileBindings.BankName) ?? "", account)
            : null;
        var company = new CompanyDetails(
            profile.Value(ProfileBindings.LegalName) ?? contact ?? "",
            profile.Value(ProfileBindings.CreditCode) ?? "",
            profile.Value(ProfileBindings.LegalRepresentative) ?? contact ?? "",
            profile.Value(ProfileBindings.RegisteredAddress) ?? "",
            profile.Value(ProfileBindings.Region) ?? "",
            bank);
        var shop = new ShopDetails(
            profile.Value(ProfileBindings.ShopName) ?? company.LegalName,
            Enum.TryParse<ShopType>(profile.ShopType, ignoreCase: true, out var type) ? type : ShopType.Individual,
            profile.Value(ProfileBindings.ShopDescription),
            profile.Value(ProfileBindings.ShopLogo),
            profile.Categories,
            profile.Brands);
        return new MerchantRegistration(application.Id, application.ApplicantUserId, company, shop, application.GradeId);
    }
}
