using System.Security.Claims;
using Commerce.Files;
using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Commerce.Merchants.Services;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Merchants.Api;

/// <summary>
/// <c>/api/merchants</c>: the registry for the platform (ViewMerchants, ManageMerchants) and for each merchant's
/// own people (merchant permissions such as ManageShop), who see and edit only their merchant.
/// </summary>
public static class MerchantsApi
{
    /// <summary>Logos larger than this are refused.</summary>
    public const long MaxLogoBytes = 2 * 1024 * 1024;

    public static RouteGroupBuilder MapMerchantsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/merchants").WithTags("Merchants").RequireAuthorization().WithConflictState(CurrentMerchantAsync);

        api.MapGet("/", ListAsync).RequirePermission(MerchantsPermissions.ViewMerchants)
            .WithName("ListMerchants").WithSummary("List merchants")
            .WithDescription("Filters: status, grade, region, q (part of the shop or legal name, or the whole credit code). Paged: page (from 1), pageSize (1-100, default 20). Newest first.");
        api.MapPost("/", CreateAsync).RequirePermission(MerchantsPermissions.ManageMerchants)
            .WithName("CreateMerchant").WithSummary("Create a merchant directly (platform-created, pending until activated)")
            .WithDescription("The owner is the existing user with ownerEmail; it becomes MerchantOwner. The grade is the default when gradeId is empty.");
        api.MapGet("/mine", MineAsync)
            .WithName("MyMerchants").WithSummary("The merchants the signed-in user belongs to, with its permissions in each");
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetMerchant").WithSummary("A merchant's details (ViewMerchants, or one of its people)");
        api.MapGet("/{id:guid}/history", HistoryAsync)
            .WithName("MerchantHistory").WithSummary("A merchant's history: creation, status changes, restrictions, grade and company changes, oldest first");
        api.MapPost("/{id:guid}/status", ChangeStatusAsync).RequirePermission(MerchantsPermissions.ManageMerchants)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ChangeMerchantStatus").WithSummary("Change a merchant's status, with a reason")
            .WithDescription("status: active, restricted (with categories), suspended or closed; only the transitions of the status machine exist (docs/merchants.md). Send the merchant's version; a stale one answers 409 with the current state.");
        api.MapPut("/{id:guid}/grade", ChangeGradeAsync).RequirePermission(MerchantsPermissions.ManageMerchants)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ChangeMerchantGrade").WithSummary("Move a merchant to another grade, with a reason")
            .WithDescription("Refused (gradeId) when the merchant has more categories or staff than the grade allows.");
        api.MapPut("/{id:guid}/shop", UpdateShopAsync)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateMerchantShop").WithSummary("Edit the shop (ManageMerchants, or ManageShop in the merchant); applies at once")
            .WithDescription("Categories are limited by the grade. Stages MerchantChanged, and MerchantProfileChanged when categories, brands or the shop type change.");
        api.MapPut("/{id:guid}/company", UpdateCompanyAsync)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateMerchantCompany").WithSummary("Edit the company details")
            .WithDescription("With ManageMerchants the edit applies at once. A merchant's own edit (ManageShop) applies the legal representative, address and region at once; a new legal name, credit code or bank account becomes a change request for an admin to review (202).");
        api.MapPut("/{id:guid}/logo", SetLogoAsync)
            .WithName("SetMerchantLogo").WithSummary("Upload the shop's logo as the raw request body (ManageMerchants, or ManageShop)")
            .WithDescription("JPEG, PNG or WebP, judged by content, at most 2 MiB.");
        api.MapGet("/{id:guid}/logo", LogoAsync).AllowAnonymous()
            .WithName("GetMerchantLogo").WithSummary("The shop's logo");
        return api;
    }

    private static async Task<Results<Ok<PageDto<MerchantSummaryDto>>, ValidationProblem>> ListAsync(
        MerchantsDbContext db, string? status, string? grade, string? region, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        MerchantStatus parsed = default;
        if (!string.IsNullOrEmpty(status) && !Names.TryParse(status, out parsed))
        {
            errors["status"] = ["One of pending, active, restricted, suspended, closed."];
        }

        if (page is < 1)
        {
            errors["page"] = ["From 1."];
        }

        if (pageSize is < 1 or > 100)
        {
            errors["pageSize"] = ["From 1 to 100."];
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var query = MerchantQueries.Filter(db.Merchants.AsNoTracking(), string.IsNullOrEmpty(status) ? null : parsed, grade, region, q);
        var size = pageSize ?? 20;
        var number = page ?? 1;
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(m => m.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PageDto<MerchantSummaryDto>([.. items.Select(MerchantQueries.Summary)], total, number, size));
    }

    private static async Task<Results<Created<MerchantDto>, ValidationProblem>> CreateAsync(
        CreateMerchantInput input, MerchantRegistry registry, IUserDirectory users, HttpContext context, CancellationToken ct)
    {
        var owner = string.IsNullOrWhiteSpace(input.OwnerEmail) ? null : await users.FindByEmailAsync(input.OwnerEmail.Trim(), ct);
        ShopType type = default;
        var errors = new Dictionary<string, string[]>();
        if (owner is null)
        {
            errors["ownerEmail"] = ["The e-mail address of an existing user is required."];
        }

        if (input.Shop is not null && !Names.TryParse(input.Shop.Type, out type))
        {
            errors["shop.type"] = ["One of flagship, franchise, specialty, individual."];
        }

        try
        {
            if (errors.Count > 0)
            {
                throw new MerchantValidationException(errors);
            }

            var shop = input.Shop is { } s ? new ShopDetails(s.Name ?? "", type, s.Description, null, s.Categories ?? [], s.Brands ?? []) : null;
            var merchant = await registry.CreateAsync(
                null, owner!.Id, input.Company?.ToDetails(), shop, input.GradeId, MerchantStatus.Pending, "Created by the platform.", MerchantAccess.UserId(context.User), ct);
            return TypedResults.Created($"{context.Request.PathBase}/api/merchants/{merchant.Id}", MerchantDto.From(merchant));
        }
        catch (MerchantValidationException e)
        {
            // Report every field at once, including those the registry checks.
            var all = new Dictionary<string, string[]>(e.Errors);
            foreach (var (field, messages) in errors)
            {
                all[field] = messages;
            }

            return ProblemResults.Validation(all);
        }
    }

    private static async Task<Ok<List<MerchantMembership>>> MineAsync(MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = MerchantAccess.UserId(user);
        var ids = await db.Members.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.MerchantId).ToListAsync(ct);
        var memberships = new List<MerchantMembership>();
        foreach (var id in ids)
        {
            if (await access.MembershipAsync(user, id, ct) is { } membership)
            {
                memberships.Add(membership);
            }
        }

        return TypedResults.Ok(memberships);
    }

    private static async Task<Results<Ok<MerchantDto>, ProblemHttpResult>> GetAsync(
        Guid id, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.AllowsAsync(user, id, MerchantsPermissions.ViewMerchants, null, ct))
        {
            return await NotFoundOrForbiddenAsync(db, id, ct);
        }

        var merchant = await MerchantQueries.CurrentAsync(db, id, ct);
        return merchant is null ? NoSuchMerchant() : TypedResults.Ok(merchant);
    }

    private static async Task<Results<Ok<List<HistoryDto>>, ProblemHttpResult>> HistoryAsync(
        Guid id, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.AllowsAsync(user, id, MerchantsPermissions.ViewMerchants, null, ct))
        {
            return await NotFoundOrForbiddenAsync(db, id, ct);
        }

        var entries = await db.History.AsNoTracking().Where(h => h.MerchantId == id).OrderBy(h => h.Sequence).ToListAsync(ct);
        return entries.Count == 0 ? NoSuchMerchant() : TypedResults.Ok(entries.Select(HistoryDto.Of).ToList());
    }

    private static async Task<Results<Ok<MerchantDto>, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, StatusChangeInput input, MerchantChanges changes, MerchantsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Names.TryParse<MerchantStatus>(input.Status, out var status))
        {
            return ProblemResults.Field("status", "One of active, restricted, suspended, closed.");
        }

        if (input.Version is not { } version)
        {
            return ProblemResults.Field("version", "Send the version of the merchant you are changing.");
        }

        return await RunAsync(() => changes.ChangeStatusAsync(id, status, input.Reason, input.Categories, version, MerchantAccess.UserId(user), ct));
    }

    private static async Task<Results<Ok<MerchantDto>, ValidationProblem, ProblemHttpResult>> ChangeGradeAsync(
        Guid id, GradeChangeInput input, MerchantChanges changes, MerchantsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (input.Version is not { } version)
        {
            return ProblemResults.Field("version", "Send the version of the merchant you are changing.");
        }

        return await RunAsync(() => changes.ChangeGradeAsync(id, input.GradeId, input.Reason, version, MerchantAccess.UserId(user), ct));
    }

    private static async Task<Results<Ok<MerchantDto>, ValidationProblem, ProblemHttpResult>> UpdateShopAsync(
        Guid id, ShopEditInput input, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.AllowsAsync(user, id, MerchantsPermissions.ManageMerchants, MerchantPermissionNames.ManageShop, ct))
        {
            return await NotFoundOrForbiddenAsync(db, id, ct);
        }

        if (!Names.TryParse<ShopType>(input.Type, out var type))
        {
            return ProblemResults.Field("type", "One of flagship, franchise, specialty, individual.");
        }

        if (input.Version is not { } version)
        {
            return ProblemResults.Field("version", "Send the version of the merchant you are changing.");
        }

        var shop = new ShopDetails(input.Name ?? "", type, input.Description, null, input.Categories ?? [], input.Brands ?? []);
        return await RunAsync(() => changes.UpdateShopAsync(id, shop, version, ct));
    }

    private static async Task<Results<Ok<CompanyEditDto>, Accepted<CompanyEditDto>, ValidationProblem, ProblemHttpResult>> UpdateCompanyAsync(
        Guid id, CompanyEditInput input, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        var byPlatform = await access.IsPlatformAsync(user, MerchantsPermissions.ManageMerchants);
        if (!byPlatform && !await access.AllowsAsync(user, id, MerchantsPermissions.ManageMerchants, MerchantPermissionNames.ManageShop, ct))
        {
            return await NotFoundOrForbiddenAsync(db, id, ct);
        }

        if (input.Version is not { } version)
        {
            return ProblemResults.Field("version", "Send the version of the merchant you are changing.");
        }

        var company = new CompanyInput(input.LegalName, input.CreditCode, input.LegalRepresentative, input.RegisteredAddress, input.Region, input.Bank).ToDetails();
        if (await changes.UpdateCompanyAsync(id, company, version, byPlatform, MerchantAccess.UserId(user), ct) is not { } edit)
        {
            return NoSuchMerchant();
        }

        var dto = new CompanyEditDto(MerchantDto.From(edit.Merchant), edit.Request is null ? null : ChangeRequestDto.From(edit.Request));
        return edit.Request is null ? TypedResults.Ok(dto) : TypedResults.Accepted($"/api/merchants/{id}/change-requests", dto);
    }

    private static async Task<Results<Ok<MerchantDto>, ValidationProblem, ProblemHttpResult>> SetLogoAsync(
        Guid id, HttpRequest request, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, IFileStore files, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.AllowsAsync(user, id, MerchantsPermissions.ManageMerchants, MerchantPermissionNames.ManageShop, ct))
        {
            return await NotFoundOrForbiddenAsync(db, id, ct);
        }

        if (!await db.Merchants.AnyAsync(m => m.Id == id, ct))
        {
            return NoSuchMerchant();
        }

        // Read it whole (it is small) and judge the kind from its content before storing anything.
        using var logo = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (logo.Length + read > MaxLogoBytes)
            {
                return ProblemResults.Field("logo", "The logo may be at most 2 MiB.");
            }

            logo.Write(chunk, 0, read);
        }

        if (FileKinds.Detect(logo.GetBuffer().AsSpan(0, (int)logo.Length)) is not (FileKind.Jpeg or FileKind.Png or FileKind.Webp))
        {
            return ProblemResults.Field("logo", "The logo must be a JPEG, PNG or WebP image.");
        }

        logo.Position = 0;
        var stored = await files.SaveAsync(logo, MaxLogoBytes, ct);
        var merchant = await changes.SetLogoAsync(id, stored.Sha256, ct);
        return merchant is null ? NoSuchMerchant() : TypedResults.Ok(MerchantDto.From(merchant));
    }

    private static async Task<IResult> LogoAsync(Guid id, MerchantsDbContext db, IFileStore files, CancellationToken ct)
    {
        var sha = await db.Merchants.AsNoTracking().Where(m => m.Id == id).Select(m => m.LogoSha256).FirstOrDefaultAsync(ct);
        if (sha is null || await files.OpenAsync(sha, ct) is not { } stream)
        {
            return ProblemResults.NotFound("The logo does not exist", legacyCode: "logo-not-found");
        }

        var head = new byte[FileKinds.SignatureLength];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        stream.Position = 0;
        return TypedResults.Stream(stream, FileKinds.ContentType(FileKinds.Detect(head.AsSpan(0, read))), entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{sha}\""));
    }

    /// <summary>Runs a change; its refusals (400 naming the field, 409 with the current state) are the filters' to answer.</summary>
    internal static async Task<Results<Ok<MerchantDto>, ValidationProblem, ProblemHttpResult>> RunAsync(Func<Task<Merchant?>> change)
        => await change() is { } merchant ? TypedResults.Ok(MerchantDto.From(merchant)) : NoSuchMerchant();

    internal static ProblemHttpResult NoSuchMerchant() => ProblemResults.NotFound("The merchant does not exist", legacyCode: "merchant-not-found");

    /// <summary>A lost race answers 409 with the merchant as it is now (when the route names one) under <c>current</c>.</summary>
    private static async ValueTask<object?> CurrentMerchantAsync(EndpointFilterInvocationContext context, ConflictException conflict)
        => context.HttpContext.GetRouteValue("id") is string value && Guid.TryParse(value, out var id)
            ? await MerchantQueries.CurrentAsync(context.HttpContext.RequestServices.GetRequiredService<MerchantsDbContext>(), id, context.HttpContext.RequestAborted)
            : null;

    /// <summary>403 when the merchant exists but is not the caller's to see or change, 404 when there is none.</summary>
    internal static async Task<ProblemHttpResult> NotFoundOrForbiddenAsync(MerchantsDbContext db, Guid id, CancellationToken ct)
        => await db.Merchants.AnyAsync(m => m.Id == id, ct) ? ProblemResults.Forbidden("You may not do this for this merchant") : NoSuchMerchant();
}
