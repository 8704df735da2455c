using Commerce.Jobs;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Services;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Jobs;

/// <summary>
/// Once a day per tenant (the host's lease row makes it once across host processes): evaluates every merchant, which
/// moves expiring documents to eventually due and expired or overdue ones to past due, notifies the merchants and
/// restricts or lifts their categories.
/// </summary>
internal sealed class ExpiryCheckJob(QualificationsDbContext db, MerchantQualifications qualifications) : IBackgroundJob
{
    public string Name => "Qualifications.Expiry";

    public JobSchedule Schedule => JobSchedule.Every(TimeSpan.FromDays(1));

    public async Task RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
    {
        var merchants = await db.Profiles.AsNoTracking().Select(p => p.MerchantId).ToListAsync(cancellationToken);
        await qualifications.EvaluateAllAsync(merchants, cancellationToken);
    }
}
