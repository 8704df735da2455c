using System.Reflection;

namespace Commerce.Hosting;

/// <summary>Host settings, bound from the <c>Commerce</c> configuration section.</summary>
public sealed class CommerceHostOptions
{
    /// <summary>
    /// Folder of compiled modules loaded at start-up: each plugin in a sub-folder holding
    /// <c>Name/Name.dll</c>. Relative to the content root. Default <c>plugins</c>.
    /// </summary>
    public string PluginsPath { get; set; } = "plugins";

    /// <summary>How often a host polls the tenant registry for changes made by other processes.</summary>
    public TimeSpan ShellPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often a host looks for due background jobs in every running tenant. Zero turns the timer off: jobs
    /// then run only through <c>IBackgroundJobRunner</c> (tests do this).
    /// </summary>
    public TimeSpan JobPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest a shell keeps a cached document (role grants, module settings) without reading it again, which is
    /// how long a change made by another host process on the same database can go unseen. Changes made through this
    /// process are seen at once. Default one second.
    /// </summary>
    public TimeSpan CacheSynchronizationLatency { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Which tenants' shells a host builds while it starts, in the background, instead of on their first request:
    /// the Default tenant's (the default), every running tenant's, or none. The server listens meanwhile; a request
    /// that arrives first waits for the build under way rather than starting another.
    /// </summary>
    public ShellPreload PreloadShells { get; set; } = ShellPreload.Default;

    /// <summary>The recipe the Default tenant is set up from on first start.</summary>
    public string DefaultRecipe { get; set; } = "default";

    /// <summary>Modules to load besides the referenced ones and plugins (for tests and embedding hosts).</summary>
    public List<Assembly> ModuleAssemblies { get; } = [];
}

/// <summary>Which shells a host builds while it starts (<see cref="CommerceHostOptions.PreloadShells"/>).</summary>
public enum ShellPreload
{
    /// <summary>Only the Default tenant's shell, when it is running.</summary>
    Default,

    /// <summary>Every running tenant's shell.</summary>
    All,

    /// <summary>None: every shell is built on its tenant's first request.</summary>
    None,
}
