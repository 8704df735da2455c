using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Tests;

public sealed class ApplicationStateMachineTests
{
    [Theory]
    [InlineData(ApplicationStatus.Draft, ApplicationAction.Submit, ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.ChangesRequested, ApplicationAction.Submit, ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Submitted, ApplicationAction.StartReview, ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.Submitted, ApplicationAction.AutoApprove, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.UnderReview, ApplicationAction.RequestChanges, ApplicationStatus.ChangesRequested)]
    [InlineData(ApplicationStatus.UnderReview, ApplicationAction.Approve, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.UnderReview, ApplicationAction.Reject, ApplicationStatus.Rejected)]
    public void The_allowed_transitions_lead_where_the_audit_expects(ApplicationStatus from, ApplicationAction action, ApplicationStatus to)
        => Assert.Equal(to, ApplicationStateMachine.Next(from, action));

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
    [InlineData(ApplicationStatus.Draft, true)]
    [InlineData(ApplicationStatus.ChangesRequested, true)]
    [InlineData(ApplicationStatus.Submitted, false)]
    [InlineData(ApplicationStatus.UnderReview, false)]
    [InlineData(ApplicationStatus.Approved, false)]
    [InlineData(ApplicationStatus.Rejected, false)]
    public void Only_drafts_and_sent_back_applications_are_editable(ApplicationStatus status, bool editable)
        => Assert.Equal(editable, ApplicationStateMachine.IsEditable(status));
}
