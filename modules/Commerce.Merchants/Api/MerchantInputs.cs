namespace Commerce.Merchants.Api;

/// <summary>A merchant the platform creates itself (pending until activated). The owner is an existing user.</summary>
public sealed record CreateMerchantInput(string? OwnerEmail, CompanyInput? Company, ShopInput? Shop, string? GradeId);

public sealed record CompanyInput(string? LegalName, string? CreditCode, string? LegalRepresentative, string? RegisteredAddress, string? Region, BankInput? Bank)
{
    public CompanyDetails ToDetails() => new(LegalName ?? "", CreditCode ?? "", LegalRepresentative ?? "", RegisteredAddress ?? "", Region ?? "", Bank?.ToAccount());
}

public sealed record BankInput(string? AccountName, string? BankName, string? AccountNumber)
{
    public BankAccount ToAccount() => new(AccountName ?? "", BankName ?? "", AccountNumber ?? "");
}

/// <param name="Type"><c>flagship</c>, <c>franchise</c>, <c>specialty</c> or <c>individual</c>.</param>
public sealed record ShopInput(string? Name, string? Type, string? Description, IReadOnlyList<string>? Categories, IReadOnlyList<string>? Brands);

/// <summary>A company edit with the version it was based on.</summary>
public sealed record CompanyEditInput(string? LegalName, string? CreditCode, string? LegalRepresentative, string? RegisteredAddress, string? Region, BankInput? Bank, int? Version);

/// <summary>A shop edit (the whole shop but its logo) with the version it was based on.</summary>
public sealed record ShopEditInput(string? Name, string? Type, string? Description, IReadOnlyList<string>? Categories, IReadOnlyList<string>? Brands, int? Version);

/// <param name="Status"><c>active</c>, <c>restricted</c>, <c>suspended</c> or <c>closed</c>.</param>
/// <param name="Categories">For <c>restricted</c>: the categories to restrict.</param>
public sealed record StatusChangeInput(string? Status, string? Reason, IReadOnlyList<string>? Categories, int? Version);

public sealed record GradeChangeInput(string? GradeId, string? Reason, int? Version);

/// <param name="Permissions">Merchant permissions (<c>ManageShop</c>, <c>ManageStaff</c>, <c>ViewSettlement</c>, <c>ManageProducts</c>) within the grade.</param>
public sealed record StaffInput(string? Email, IReadOnlyList<string>? Permissions);

public sealed record PermissionsInput(IReadOnlyList<string>? Permissions);

public sealed record AcceptInvitationInput(string? Token);

public sealed record ReviewInput(string? Note);

/// <param name="Deposit"><c>{ "amount": 10000, "currency": "CNY" }</c>. Without it, <paramref name="DepositAmount"/> and
/// <paramref name="DepositCurrency"/> (the shape before it, accepted for one release) say the deposit.</param>
/// <param name="Version">For an update: the version it was based on.</param>
public sealed record GradeInput(
    string? Id, string? Name, bool IsDefault, int MaxCategories, int MaxStaff, int MaxProducts, IReadOnlyList<string>? Permissions, decimal DepositAmount, string? DepositCurrency, int? Version,
    Money? Deposit = null);
