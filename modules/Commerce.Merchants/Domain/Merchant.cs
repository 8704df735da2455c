namespace Commerce.Merchants.Domain;

/// <summary>
/// A merchant settled in the marketplace: its company, its shop, its grade and its standing. Status changes go
/// through <see cref="MerchantStatusMachine"/> and leave a history entry; every change bumps <see cref="Version"/>,
/// which guards against two people overwriting each other.
/// </summary>
internal sealed class Merchant
{
    public Guid Id { get; init; }

    /// <summary>The onboarding application it was registered from; null for merchants the platform created.</summary>
    public Guid? ApplicationId { get; init; }

    public required string OwnerUserId { get; init; }

    public required string LegalName { get; set; }

    public required string CreditCode { get; set; }

    public required string LegalRepresentative { get; set; }

    public required string RegisteredAddress { get; set; }

    public required string Region { get; set; }

    public string? BankAccountName { get; set; }

    public string? BankName { get; set; }

    public string? BankAccountNumber { get; set; }

    public required string ShopName { get; set; }

    public ShopType ShopType { get; set; }

    public string? Description { get; set; }

    public string? LogoSha256 { get; set; }

    public List<string> Categories { get; set; } = [];

    public List<string> Brands { get; set; } = [];

    public required string GradeId { get; set; }

    public MerchantStatus Status { get; private set; }

    public string StatusReason { get; private set; } = "";

    public int Version { get; private set; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset UpdatedUtc { get; private set; }

    public List<MerchantRestriction> Restrictions { get; init; } = [];

    public List<MerchantHistoryEntry> History { get; init; } = [];

    /// <summary>How many history entries exist in the database, so new ones continue the sequence without loading them all.</summary>
    public int HistoryCount { get; private set; }

    public BankAccount? Bank => BankAccountNumber is null ? null : new BankAccount(BankAccountName ?? "", BankName ?? "", BankAccountNumber);

    public IReadOnlyList<string> RestrictedCategories
        => [.. Restrictions.Select(r => r.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static Merchant Create(
        Guid id, Guid? applicationId, string ownerUserId, CompanyDetails company, ShopDetails shop, string gradeId,
        MerchantStatus status, string reason, string? actorUserId, DateTimeOffset at)
    {
        var merchant = new Merchant
        {
            Id = id,
            ApplicationId = applicationId,
            OwnerUserId = ownerUserId,
            LegalName = "",
            CreditCode = "",
            LegalRepresentative = "",
            RegisteredAddress = "",
            Region = "",
            ShopName = shop.Name.Trim(),
            ShopType = shop.Type,
            Description = shop.Description?.Trim(),
            LogoSha256 = shop.LogoSha256,
            Categories = MerchantValidation.Clean(shop.Categories),
            Brands = MerchantValidation.Clean(shop.Brands),
            GradeId = gradeId,
            CreatedUtc = at,
        };
        merchant.ApplyCompany(company);
        merchant.Status = status;
        merchant.StatusReason = reason;
        merchant.Record(HistoryKinds.Created, status, status, null, reason, actorUserId, at);
        merchant.UpdatedUtc = at;
        return merchant;
    }

    /// <summary>Replaces the company details (admins directly, merchants after review).</summary>
    public void ApplyCompany(CompanyDetails company)
    {
        LegalName = company.LegalName.Trim();
        CreditCode = UnifiedSocialCreditCode.Normalize(company.CreditCode);
        LegalRepresentative = company.LegalRepresentative.Trim();
        RegisteredAddress = company.RegisteredAddress.Trim();
        Region = company.Region.Trim();
        BankAccountName = company.Bank?.AccountName.Trim();
        BankName = company.Bank?.BankName.Trim();
        BankAccountNumber = company.Bank?.AccountNumber.Trim();
    }

    public CompanyDetails Company => new(LegalName, CreditCode, LegalRepresentative, RegisteredAddress, Region, Bank);

    /// <summary>
    /// An admin's status change. Moving to <see cref="MerchantStatus.Restricted"/> names the categories (replacing
    /// the admin's earlier ones); moving to active lifts the admin's restrictions, but categories the qualifications
    /// check restricted stay restricted until their documents are verified, so the merchant then lands in restricted.
    /// </summary>
    public void ChangeStatus(MerchantStatus to, string? reason, IEnumerable<string>? categories, string? actorUserId, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new MerchantRuleException("reason", "A reason is required.");
        }

        if (!MerchantStatusMachine.CanMove(Status, to))
        {
            throw new MerchantRuleException("status", $"A {Status.ToString().ToLowerInvariant()} merchant cannot become {to.ToString().ToLowerInvariant()}.");
        }

        var restricted = MerchantValidation.Clean(categories);
        if (to == MerchantStatus.Restricted && restricted.Count == 0)
        {
            throw new MerchantRuleException("categories", "Name the categories to restrict.");
        }

        if (to is MerchantStatus.Restricted or MerchantStatus.Active)
        {
            ReplaceRestrictions(RestrictionSources.Admin, restricted, reason.Trim(), at);
            to = Restrictions.Count > 0 ? MerchantStatus.Restricted : MerchantStatus.Active;
        }

        var from = Status;
        Status = to;
        StatusReason = reason.Trim();
        Record(HistoryKinds.Status, from, to, null, StatusReason, actorUserId, at);
    }

    /// <summary>
    /// Replaces the categories the qualifications check restricts (an empty list lifts them all). A trading
    /// merchant moves between active and restricted; a pending, suspended or closed one keeps its status and the
    /// restrictions wait. False when nothing changed.
    /// </summary>
    public bool SetQualificationRestrictions(IEnumerable<string> categories, string reason, DateTimeOffset at)
    {
        var wanted = MerchantValidation.Clean(categories);
        var current = Restrictions.Where(r => r.Source == RestrictionSources.Qualifications).Select(r => r.Category).Order(StringComparer.Ordinal).ToList();
        if (current.SequenceEqual(wanted, StringComparer.Ordinal))
        {
            return false;
        }

        var why = string.IsNullOrWhiteSpace(reason) ? "Qualification documents changed." : reason.Trim();
        ReplaceRestrictions(RestrictionSources.Qualifications, wanted, why, at);
        var from = Status;
        if (MerchantStatusMachine.IsTrading(Status))
        {
            Status = Restrictions.Count > 0 ? MerchantStatus.Restricted : MerchantStatus.Active;
            StatusReason = why;
        }

        Record(HistoryKinds.Restriction, from, Status, null, why, null, at);
        return true;
    }

    public void ChangeGrade(MerchantGrade grade, string? reason, string? actorUserId, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new MerchantRuleException("reason", "A reason is required.");
        }

        if (grade.Id == GradeId)
        {
            throw new MerchantRuleException("gradeId", "The merchant already has this grade.");
        }

        var detail = $"{GradeId} → {grade.Id}";
        GradeId = grade.Id;
        Record(HistoryKinds.Grade, Status, Status, detail, reason.Trim(), actorUserId, at);
    }

    /// <summary>Records a reviewed company change in the history.</summary>
    public void RecordCompanyChange(string detail, string reason, string? actorUserId, DateTimeOffset at)
        => Record(HistoryKinds.Company, Status, Status, detail, reason, actorUserId, at);

    /// <summary>A closed merchant's details, shop and people stay as they were: refuses any further edit.</summary>
    public void EnsureOpen()
    {
        if (Status == MerchantStatus.Closed)
        {
            throw new MerchantRuleException("status", "The merchant is closed; its details can no longer change.");
        }
    }

    /// <summary>Marks the row changed: the version moves on, so a writer holding the old one gets a conflict.</summary>
    public void Touch(DateTimeOffset at)
    {
        Version++;
        UpdatedUtc = at;
    }

    /// <summary>Keeps the rows of categories that stay restricted (and when they were first restricted), drops and adds the rest.</summary>
    private void ReplaceRestrictions(string source, IReadOnlyCollection<string> categories, string reason, DateTimeOffset at)
    {
        Restrictions.RemoveAll(r => r.Source == source && !categories.Contains(r.Category, StringComparer.Ordinal));
        Restrictions.AddRange(categories
            .Where(c => !Restrictions.Any(r => r.Source == source && r.Category == c))
            .Select(c => new MerchantRestriction { MerchantId = Id, Category = c, Source = source, Reason = reason, SinceUtc = at })
            .ToList());
    }

    private void Record(string kind, MerchantStatus from, MerchantStatus to, string? detail, string reason, string? actorUserId, DateTimeOffset at)
    {
        HistoryCount++;
        History.Add(new MerchantHistoryEntry
        {
            MerchantId = Id,
            Sequence = HistoryCount,
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            RestrictedCategories = [.. RestrictedCategories],
            Detail = detail,
            Reason = reason,
            ActorUserId = actorUserId,
            AtUtc = at,
        });
        Touch(at);
    }
}
