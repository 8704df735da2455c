namespace Commerce.Merchants.Domain;

/// <summary>
/// A merchant's own edit of what identifies it and where its money goes (legal name, credit code, bank account):
/// it applies only once an admin approves it. The request itself, with who reviewed it, when and why, is the log.
/// Null proposed values leave the current ones.
/// </summary>
internal sealed class CompanyChangeRequest
{
    public Guid Id { get; init; }

    public Guid MerchantId { get; init; }

    public string? LegalName { get; init; }

    public string? CreditCode { get; init; }

    public string? BankAccountName { get; init; }

    public string? BankName { get; init; }

    public string? BankAccountNumber { get; init; }

    public ChangeRequestStatus Status { get; private set; }

    public required string RequestedByUserId { get; init; }

    public DateTimeOffset RequestedUtc { get; init; }

    public string? ReviewedByUserId { get; private set; }

    public DateTimeOffset? ReviewedUtc { get; private set; }

    public string? ReviewNote { get; private set; }

    public bool ChangesBank => BankAccountNumber is not null;

    /// <summary>What it changes, in a line for the history, e.g. <c>legal name, bank account</c>.</summary>
    public string Summary => string.Join(", ", new[]
    {
        LegalName is null ? null : "legal name",
        CreditCode is null ? null : "credit code",
        ChangesBank ? "bank account" : null,
    }.Where(s => s is not null));

    /// <summary>Approves and applies it to <paramref name="merchant"/>.</summary>
    public void Approve(Merchant merchant, string reviewerUserId, string? note, DateTimeOffset at)
    {
        Review(ChangeRequestStatus.Approved, reviewerUserId, note, at);
        var company = merchant.Company;
        merchant.ApplyCompany(company with
        {
            LegalName = LegalName ?? company.LegalName,
            CreditCode = CreditCode ?? company.CreditCode,
            Bank = ChangesBank ? new BankAccount(BankAccountName ?? "", BankName ?? "", BankAccountNumber!) : company.Bank,
        });
        merchant.RecordCompanyChange(Summary, string.IsNullOrWhiteSpace(note) ? "Change request approved." : note.Trim(), reviewerUserId, at);
    }

    public void Reject(string reviewerUserId, string? note, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new MerchantRuleException("note", "Say why the change is rejected.");
        }

        Review(ChangeRequestStatus.Rejected, reviewerUserId, note, at);
    }

    private void Review(ChangeRequestStatus outcome, string reviewerUserId, string? note, DateTimeOffset at)
    {
        if (Status != ChangeRequestStatus.Pending)
        {
            throw new MerchantRuleException("changeRequest", "The change request was reviewed already.");
        }

        Status = outcome;
        ReviewedByUserId = reviewerUserId;
        ReviewedUtc = at;
        ReviewNote = note?.Trim();
    }
}
