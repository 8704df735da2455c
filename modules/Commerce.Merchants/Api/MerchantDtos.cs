using Commerce.Merchants.Domain;

namespace Commerce.Merchants.Api;

/// <summary>A merchant as the API shows it. Statuses and shop types are lower-case names (<c>active</c>, <c>flagship</c>).</summary>
/// <param name="Version">Send it back with a change; a stale one answers 409 with the current state.</param>
internal sealed record MerchantDto(
    Guid Id,
    Guid? ApplicationId,
    string OwnerUserId,
    CompanyDto Company,
    ShopDto Shop,
    string GradeId,
    string Status,
    string StatusReason,
    IReadOnlyList<RestrictionDto> Restrictions,
    int Version,
    DateTimeOffset CreatedUtc,
    DateTimeOffset UpdatedUtc)
{
    public static MerchantDto From(Merchant m) => new(
        m.Id,
        m.ApplicationId,
        m.OwnerUserId,
        new CompanyDto(m.LegalName, m.CreditCode, m.LegalRepresentative, m.RegisteredAddress, m.Region, m.Bank is { } b ? new BankDto(b.AccountName, b.BankName, b.AccountNumber) : null),
        new ShopDto(m.ShopName, Names.Of(m.ShopType), m.Description, m.LogoSha256, m.Categories, m.Brands),
        m.GradeId,
        Names.Of(m.Status),
        m.StatusReason,
        [.. m.Restrictions.OrderBy(r => r.Category, StringComparer.Ordinal).Select(r => new RestrictionDto(r.Category, r.Source, r.Reason, r.SinceUtc))],
        m.Version,
        m.CreatedUtc,
        m.UpdatedUtc);
}

internal sealed record CompanyDto(string LegalName, string CreditCode, string LegalRepresentative, string RegisteredAddress, string Region, BankDto? Bank);

internal sealed record BankDto(string AccountName, string BankName, string AccountNumber);

/// <param name="LogoSha256">The logo's file key; fetch it from <c>/api/merchants/{id}/logo</c>.</param>
internal sealed record ShopDto(string Name, string Type, string? Description, string? LogoSha256, IReadOnlyList<string> Categories, IReadOnlyList<string> Brands);

/// <param name="Source"><c>admin</c> or <c>qualifications</c>.</param>
internal sealed record RestrictionDto(string Category, string Source, string Reason, DateTimeOffset SinceUtc);

/// <summary>A row of the merchant list.</summary>
internal sealed record MerchantSummaryDto(Guid Id, string ShopName, string LegalName, string CreditCode, string ShopType, string Status, string GradeId, string Region, DateTimeOffset CreatedUtc);

/// <summary>One page of a list.</summary>
internal sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>One line of a merchant's history.</summary>
/// <param name="Kind"><c>created</c>, <c>status</c>, <c>restriction</c>, <c>grade</c> or <c>company</c>.</param>
internal sealed record HistoryDto(int Sequence, string Kind, string From, string To, IReadOnlyList<string> RestrictedCategories, string? Detail, string Reason, string? ActorUserId, DateTimeOffset AtUtc)
{
    public static HistoryDto Of(MerchantHistoryEntry h)
        => new(h.Sequence, h.Kind, Names.Of(h.FromStatus), Names.Of(h.ToStatus), h.RestrictedCategories, h.Detail, h.Reason, h.ActorUserId, h.AtUtc);
}

/// <summary>A merchant's person and what it may do now (its grants within the grade).</summary>
internal sealed record MemberDto(string UserId, string? Email, string? DisplayName, bool IsOwner, IReadOnlyList<string> Permissions, DateTimeOffset JoinedUtc);

/// <param name="Token">Only in the answer that created it: the invitee accepts with it.</param>
internal sealed record InvitationDto(Guid Id, string Email, IReadOnlyList<string> Permissions, DateTimeOffset ExpiresUtc, string? Token = null)
{
    public static InvitationDto From(StaffInvitation i, string? token = null) => new(i.Id, i.Email, i.Permissions, i.ExpiresUtc, token);
}

/// <summary>A company change waiting for (or past) review. Null proposed fields stay as they are.</summary>
internal sealed record ChangeRequestDto(
    Guid Id, Guid MerchantId, string? LegalName, string? CreditCode, BankDto? Bank, string Status, string RequestedByUserId, DateTimeOffset RequestedUtc,
    string? ReviewedByUserId, DateTimeOffset? ReviewedUtc, string? ReviewNote)
{
    public static ChangeRequestDto From(CompanyChangeRequest r) => new(
        r.Id, r.MerchantId, r.LegalName, r.CreditCode, r.ChangesBank ? new BankDto(r.BankAccountName ?? "", r.BankName ?? "", r.BankAccountNumber!) : null,
        Names.Of(r.Status), r.RequestedByUserId, r.RequestedUtc, r.ReviewedByUserId, r.ReviewedUtc, r.ReviewNote);
}

/// <summary>A grade as the API shows it.</summary>
/// <param name="Deposit"><c>{ "amount": 10000.00, "currency": "CNY" }</c>.</param>
internal sealed record GradeDto(string Id, string Name, bool IsDefault, int MaxCategories, int MaxStaff, int MaxProducts, IReadOnlyList<string> Permissions, Money Deposit, int Version)
{
    /// <summary>The deposit's amount, as before <see cref="Deposit"/>; kept for one release (docs/merchants.md).</summary>
    public decimal DepositAmount => Deposit.Amount;

    /// <summary>The deposit's currency, as before <see cref="Deposit"/>; kept for one release (docs/merchants.md).</summary>
    public string DepositCurrency => Deposit.CurrencyCode;

    public static GradeDto From(MerchantGrade g)
        => new(g.Id, g.Name, g.IsDefault, g.MaxCategories, g.MaxStaff, g.MaxProducts, g.Permissions, g.Deposit, g.Version);
}

/// <summary>The answer to a company edit: the merchant, and the change request when part of the edit waits for review.</summary>
internal sealed record CompanyEditDto(MerchantDto Merchant, ChangeRequestDto? ChangeRequest);
