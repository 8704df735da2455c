using Commerce.Qualifications.Domain;
using Commerce.Shells;
using Microsoft.Extensions.Options;

namespace Commerce.Qualifications.Services;

/// <summary>The evaluation clock of the shell: the shell's <see cref="TimeProvider"/>, the tenant's time zone, the warning window.</summary>
internal sealed class QualificationClock(TimeProvider time, ITenantTimeZone zone, IOptions<QualificationsOptions> options)
{
    public EvaluationClock Now() => new(time.GetUtcNow(), zone.Zone, TimeSpan.FromDays(options.Value.ExpiryWarningDays));
}
