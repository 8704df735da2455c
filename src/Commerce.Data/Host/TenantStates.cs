namespace Commerce.Data.Host;

/// <summary>A tenant's life cycle.</summary>
public static class TenantStates
{
    /// <summary>Registered; its database and recipe are not set up yet.</summary>
    public const string Uninitialized = "Uninitialized";

    /// <summary>Set up and serving.</summary>
    public const string Running = "Running";

    /// <summary>Set up, but not serving (answers 404).</summary>
    public const string Disabled = "Disabled";
}
