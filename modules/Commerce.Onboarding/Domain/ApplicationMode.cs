namespace Commerce.Onboarding.Domain;

/// <summary>
/// How a tenant takes applications. An application keeps the mode it was started in, so switching the
/// tenant's mode never changes an application in progress.
/// </summary>
internal enum ApplicationMode
{
    /// <summary>Steps and fields the platform defines, qualifications per category, a full audit (DSCMall's way).</summary>
    Guided,

    /// <summary>One short form; individual sellers may be approved automatically (小京东's way).</summary>
    Quick,
}
