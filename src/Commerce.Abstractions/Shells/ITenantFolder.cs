namespace Commerce.Shells;

/// <summary>
/// The current tenant's folder on local disk (<c>App_Data/Sites/{tenant}/</c>): its SQLite database, stored files, mail
/// pickup folder, indexes. Registered in every shell by the host, so a module needs no reference to the data layer to
/// find it. On several machines it must be shared storage for whatever the nodes must see alike.
/// </summary>
public interface ITenantFolder
{
    /// <summary>The absolute path of the folder; it may not exist yet.</summary>
    string Path { get; }
}
