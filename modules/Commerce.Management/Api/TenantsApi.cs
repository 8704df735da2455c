using Commerce.Data;
using Commerce.Hosting.Tenants;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Management.Api;

/// <summary>The tenants of the host: <c>/api/tenants</c>, on the Default tenant only.</summary>
public static class TenantsApi
{
    public static RouteGroupBuilder MapTenantsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/tenants").WithTags("Tenants").RequirePermission(ManagementPermissions.ManageTenants);

        api.MapGet("/", ListAsync)
            .WithName("ListTenants")
            .WithSummary("List tenants")
            .WithDescription("Every tenant of the host with its state and how requests reach it.");

        api.MapPost("/", CreateAsync)
            .WithName("CreateTenant")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Create a tenant")
            .WithDescription("Registers a tenant, creates its database (its own SQLite file or PostgreSQL schema), runs its recipe and starts serving it at its prefix or host name.");

        return api;
    }

    private static async Task<Ok<IReadOnlyList<TenantDto>>> ListAsync(TenantManager tenants, DatabaseLocator locator, CancellationToken ct)
    {
        var list = await tenants.ListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<TenantDto>>(list.Select(t => TenantDto.From(t, locator.Provider)).ToList());
    }

    private static async Task<Results<Created<TenantDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        TenantCreateRequest request, TenantManager tenants, DatabaseLocator locator, HttpContext context, CancellationToken ct)
    {
        var result = await tenants.CreateAsync(request, ct);
        if (result.NameTaken)
        {
            return ProblemResults.Refused(
                StatusCodes.Status409Conflict, "tenant-exists", "The tenant exists", $"A tenant named '{request.Name}' exists already.",
                new Dictionary<string, object?> { ["field"] = "name" });
        }

        if (!result.Succeeded)
        {
            return ProblemResults.Validation(result.Errors);
        }

        var tenant = TenantDto.From(result.Tenant!, locator.Provider);
        return TypedResults.Created($"{context.Request.PathBase}/api/tenants/{tenant.Name}", tenant);
    }
}
