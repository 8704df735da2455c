using System.Globalization;

namespace Commerce.Qualifications.Domain;

/// <summary>
/// Decides one requirement's state from the documents that could satisfy it, after Stripe Connect's model:
/// <list type="bullet">
/// <item>a verified document still valid → verified, or eventually due once its expiry is inside the warning
/// window (pending verification when a renewal was uploaded);</item>
/// <item>a verified document that expired (or is no longer fresh) and nothing valid → past due, even while a
/// renewal awaits verification: trading on an expired licence is what the restriction prevents;</item>
/// <item>otherwise the newest upload decides: pending → pending verification; rejected → rejected until the
/// deadline, then past due; nothing → currently due until the deadline, then past due.</item>
/// </list>
/// </summary>
internal static class RequirementJudge
{
    public static RequirementItem Judge(
        string key,
        string? brand,
        RuleIndex.Owed owed,
        IReadOnlyList<DocumentDetails> documents,
        EvaluationClock clock,
        IReadOnlyDictionary<string, DateTimeOffset>? dueSince)
    {
        var rule = owed.Rule;
        var freshness = rule.Rule.FreshnessMonths;
        var today = clock.Today;

        DocumentDetails? latest = null;
        DateOnly? bestValidThrough = null;
        var hasValid = false;
        var hasUnlimited = false;
        DateOnly? lastExpired = null;
        foreach (var document in documents)
        {
            if (!rule.AlternativeCodes.Contains(document.DocumentType)
                || (rule.Rule.PerBrand && !string.Equals(document.Brand?.Trim(), brand, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            latest = document;
            if (document.Review != DocumentReview.Verified)
            {
                continue;
            }

            var through = ValidThrough(document, freshness);
            if (through is null)
            {
                hasValid = hasUnlimited = true;
            }
            else if (through.Value >= today)
            {
                hasValid = true;
                bestValidThrough = bestValidThrough is { } best && best > through.Value ? best : through.Value;
            }
            else if (through.Value != DateOnly.MinValue)
            {
                lastExpired = lastExpired is { } last && last > through.Value ? last : through.Value;
            }
        }

        RequirementItem Item(RequirementState state, string reason, DateTimeOffset? deadline)
            => new(key, rule.Alternatives, brand, [.. owed.Categories.Distinct(StringComparer.Ordinal)], state, reason, deadline);

        var renewalPending = latest is { Review: DocumentReview.Pending };
        if (hasValid)
        {
            if (hasUnlimited || bestValidThrough is not { } through)
            {
                return Item(RequirementState.Verified, "Verified; long-term.", null);
            }

            var expiresAt = clock.StartOf(through.AddDays(1));
            if (expiresAt - clock.Now > clock.WarningWindow)
            {
                return Item(RequirementState.Verified, $"Verified; valid through {Format(through)}.", null);
            }

            return renewalPending
                ? Item(RequirementState.PendingVerification, $"A renewal awaits verification; the current document is valid through {Format(through)}.", expiresAt)
                : Item(RequirementState.EventuallyDue, $"Valid through {Format(through)}; upload a renewed document before then.", expiresAt);
        }

        if (lastExpired is { } expired)
        {
            var reason = renewalPending
                ? $"Expired after {Format(expired)}; the renewal awaits verification."
                : $"Expired after {Format(expired)}; upload a valid document.";
            return Item(RequirementState.PastDue, reason, clock.StartOf(expired.AddDays(1)));
        }

        // An existing merchant owes a requirement missing from dueSince from now on: it was just added.
        DateTimeOffset? deadline = dueSince is null ? null : (dueSince.TryGetValue(key, out var since) ? since : clock.Now).AddDays(rule.Rule.GraceDays);
        var late = deadline is { } d && clock.Now >= d;
        return latest switch
        {
            { Review: DocumentReview.Pending } => Item(RequirementState.PendingVerification, "Uploaded; awaiting verification.", deadline),
            { Review: DocumentReview.Rejected } rejected when late => Item(RequirementState.PastDue, $"Rejected ({rejected.RejectionReason}) and not provided again by the deadline.", deadline),
            { Review: DocumentReview.Rejected } rejected => Item(RequirementState.Rejected, $"Rejected: {rejected.RejectionReason?.TrimEnd('.')}. Upload it again.", deadline),
            _ when late => Item(RequirementState.PastDue, "Not provided by the deadline.", deadline),
            _ => Item(RequirementState.CurrentlyDue, "Required; not uploaded yet.", deadline),
        };
    }

    /// <summary>
    /// The last day a document counts: its expiry date, or earlier when the rule wants it issued within a number of
    /// months; null for a long-term document; <see cref="DateOnly.MinValue"/> when freshness is asked but the issue
    /// date is unknown.
    /// </summary>
    public static DateOnly? ValidThrough(DocumentDetails document, int? freshnessMonths)
    {
        DateOnly? through = document.ExpiresOn;
        if (freshnessMonths is { } months)
        {
            if (document.IssuedOn is not { } issued)
            {
                return DateOnly.MinValue;
            }

            var fresh = issued.AddMonths(months).AddDays(-1);
            through = through is { } expires && expires < fresh ? expires : fresh;
        }

        return through;
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
