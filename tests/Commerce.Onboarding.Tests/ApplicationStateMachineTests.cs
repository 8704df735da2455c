using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Tests;

/// <remarks>The domain's types are internal: theories name their values with <c>nameof</c> and parse them.</remarks>
public sealed class ApplicationStateMachineTests
{
    [Theory]
    [InlineData(nameof(ApplicationStatus.Draft), nameof(ApplicationAction.Submit), nameof(ApplicationStatus.Submitted))]
    [InlineData(nameof(ApplicationStatus.ChangesRequested), nameof(ApplicationAction.Submit), nameof(ApplicationStatus.Submitted))]
    [InlineData(nameof(ApplicationStatus.Submitted), nameof(ApplicationAction.StartReview), nameof(ApplicationStatus.UnderReview))]
    [InlineData(nameof(ApplicationStatus.Submitted), nameof(ApplicationAction.AutoApprove), nameof(ApplicationStatus.Approved))]
    [InlineData(nameof(ApplicationStatus.UnderReview), nameof(ApplicationAction.RequestChanges), nameof(ApplicationStatus.ChangesRequested))]
    [InlineData(nameof(ApplicationStatus.UnderReview), nameof(ApplicationAction.Approve), nameof(ApplicationStatus.Approved))]
    [InlineData(nameof(ApplicationStatus.UnderReview), nameof(ApplicationAction.Reject), nameof(ApplicationStatus.Rejected))]
    public void The_allowed_transitions_lead_where_the_audit_expects(string from, string action, string to)
        => Assert.Equal(Enum.Parse<ApplicationStatus>(to), ApplicationStateMachine.Next(Enum.Parse<ApplicationStatus>(from), Enum.Parse<ApplicationAction>(action)));

    [Fact]
    public void Every_other_pair_is_refused_and_final_statuses_have_no_way_out()
    {
        var allowed = 0;
        foreach (var from in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var action in Enum.GetValues<ApplicationAction>())
            {
                if (ApplicationStateMachine.Next(from, action) is not null)
                {
                    allowed++;
                }
            }
        }

        Assert.Equal(7, allowed);
        Assert.Empty(ApplicationStateMachine.ActionsFrom(ApplicationStatus.Approved));
        Assert.Empty(ApplicationStateMachine.ActionsFrom(ApplicationStatus.Rejected));
        Assert.Null(ApplicationStateMachine.Next(ApplicationStatus.Draft, ApplicationAction.Approve));
        Assert.Null(ApplicationStateMachine.Next(ApplicationStatus.Submitted, ApplicationAction.Approve));
        Assert.Null(ApplicationStateMachine.Next(ApplicationStatus.UnderReview, ApplicationAction.Submit));
    }

    [Theory]
    [InlineData(nameof(ApplicationStatus.Draft), true)]
    [InlineData(nameof(ApplicationStatus.ChangesRequested), true)]
    [InlineData(nameof(ApplicationStatus.Submitted), false)]
    [InlineData(nameof(ApplicationStatus.UnderReview), false)]
    [InlineData(nameof(ApplicationStatus.Approved), false)]
    [InlineData(nameof(ApplicationStatus.Rejected), false)]
    public void Only_drafts_and_sent_back_applications_are_editable(string status, bool editable)
        => Assert.Equal(editable, ApplicationStateMachine.IsEditable(Enum.Parse<ApplicationStatus>(status)));
}
