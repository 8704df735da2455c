using Commerce.Data.Host;
using Commerce.Hosting.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Hosting.Web;

/// <summary>
/// Hands each request to its tenant's shell: resolves the tenant, moves its prefix into the path base, enters
/// the current shell (so a toggle cannot dispose it mid-request) and runs the shell's pipeline in a scope of
/// the shell's container.
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next, ShellHost shells, CommerceHostReadiness readiness)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await readiness.WaitAsync(context.RequestAborted);
        var tenant = TenantResolver.Resolve(shells.Tenants, context.Request.Host.Host, context.Request.Path, out var prefix);
        if (tenant is not { State: TenantStates.Running })
        {
            await next(context);
            return;
        }

        ShellContext shell;
        do
        {
            shell = await shells.GetShellAsync(tenant.Name, context.RequestAborted);
        }
        while (!shell.TryEnter());

        var originalPathBase = context.Request.PathBase;
        var originalPath = context.Request.Path;
        var originalServices = context.RequestServices;
        try
        {
            if (prefix.HasValue)
            {
                context.Request.PathBase = originalPathBase.Add(prefix);
                context.Request.Path = originalPath.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var rest) ? rest : originalPath;
            }

            await using var scope = shell.Services.CreateAsyncScope();
            context.RequestServices = scope.ServiceProvider;
            await shell.Pipeline(context);
        }
        finally
        {
            context.RequestServices = originalServices;
            context.Request.PathBase = originalPathBase;
            context.Request.Path = originalPath;
            shell.Leave();
        }
    }
}
