namespace Commerce.Identity;

/// <summary>Settings bound from <c>Commerce:Identity</c>.</summary>
public sealed class IdentityModuleOptions
{
    /// <summary>Sign-in attempts a client IP may make per minute and tenant (API and page together).</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Sign-ups a client IP may make per minute and tenant.</summary>
    public int SignUpPermitsPerMinute { get; set; } = 5;

    /// <summary>Whether visitors may create accounts (they get the Applicant role).</summary>
    public bool AllowSignUp { get; set; } = true;

    /// <summary>Failed passwords in a row before the account locks.</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in cookie lives without use (sliding).</summary>
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);
}
