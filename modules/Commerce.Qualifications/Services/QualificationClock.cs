using Commerce.Display;
using Commerce.Qualifications.Domain;
using Microsoft.Extensions.Options;

namespace Commerce.Qualifications.Services;

/// <summary>The evaluation clock of the shell: the shell's <see cref="TimeProvider"/>, the tenant's time zone, the warning window.</summary>
internal sealed class QualificationClock(TimeProvider time, DisplaySettings display, IOptions<QualificationsOptions> options)
{
    public EvaluationClock Now() => new(time.GetUtcNow(), display.TimeZone, TimeSpan.FromDays(options.Value.ExpiryWarningDays));
}
