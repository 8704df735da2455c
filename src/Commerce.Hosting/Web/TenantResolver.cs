using Commerce.Data.Host;
using Commerce.Shells;
using Microsoft.AspNetCore.Http;

namespace Commerce.Hosting.Web;

/// <summary>
/// Picks the tenant a request is for: host name and prefix, then host name, then prefix, then the Default
/// tenant at <c>/</c>.
/// </summary>
internal static class TenantResolver
{
    public static TenantRecord? Resolve(IReadOnlyList<TenantRecord> tenants, string host, PathString path, out PathString prefix)
    {
        var segment = FirstSegment(path);
        TenantRecord? byHost = null, byPrefix = null, fallback = null;
        foreach (var tenant in tenants)
        {
            var hostMatches = tenant.RequestUrlHost is not null && string.Equals(tenant.RequestUrlHost, host, StringComparison.OrdinalIgnoreCase);
            var prefixMatches = tenant.RequestUrlPrefix is not null && segment is not null
                && string.Equals(tenant.RequestUrlPrefix, segment, StringComparison.OrdinalIgnoreCase);
            if (hostMatches && prefixMatches)
            {
                prefix = "/" + tenant.RequestUrlPrefix;
                return tenant;
            }

            if (hostMatches && tenant.RequestUrlPrefix is null)
            {
                byHost ??= tenant;
            }
            else if (prefixMatches && tenant.RequestUrlHost is null)
            {
                byPrefix ??= tenant;
            }
            else if (string.Equals(tenant.Name, TenantInfo.DefaultName, StringComparison.OrdinalIgnoreCase)
                && tenant.RequestUrlPrefix is null && (tenant.RequestUrlHost is null || hostMatches))
            {
                fallback = tenant;
            }
        }

        if (byHost is not null)
        {
            prefix = PathString.Empty;
            return byHost;
        }

        if (byPrefix is not null)
        {
            prefix = "/" + byPrefix.RequestUrlPrefix;
            return byPrefix;
        }

        prefix = PathString.Empty;
        return fallback;
    }

    private static string? FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        return end < 0 ? value[1..] : value[1..end];
    }
}
