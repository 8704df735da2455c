using Commerce.Jobs;

namespace Commerce.Onboarding.Services;

/// <summary>Every few seconds: finishes approvals whose merchant is not registered yet, and relays unrelayed transitions.</summary>
internal sealed class TransitionRelayJob(TransitionRelay relay, ApprovalCompletion approvals) : IBackgroundJob
{
    public string Name => "Onboarding.Relay";

    public TimeSpan Interval => TimeSpan.FromSeconds(5);

    public async Task RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
    {
        await approvals.CompletePendingAsync(cancellationToken);
        await relay.RelayAsync(cancellationToken);
    }
}
