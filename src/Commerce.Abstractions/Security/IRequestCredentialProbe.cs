using Microsoft.AspNetCore.Http;

namespace Commerce.Security;

/// <summary>
/// Tells, from a glance at the request, whether it may carry credentials for the authentication schemes a feature
/// adds. When every scheme of a shell is covered by a probe and no probe sees a credential, the shell skips
/// authentication altogether and the request goes on anonymous, which is what the schemes would have concluded.
/// A feature that adds a scheme without a probe simply makes its shell authenticate every request, as ASP.NET Core
/// does by default.
/// </summary>
public interface IRequestCredentialProbe
{
    /// <summary>The authentication schemes this probe answers for.</summary>
    IReadOnlyCollection<string> Schemes { get; }

    /// <summary>False only when the request certainly carries nothing these schemes would accept.</summary>
    bool MayCarryCredentials(HttpRequest request);
}
