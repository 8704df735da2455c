namespace Commerce.Display;

/// <summary>
/// Adds figures (a count and what it counts) to the admin dashboard at <c>/admin</c>. Register one per feature
/// (<c>services.AddScoped&lt;IDashboardFigureProvider, MyFigures&gt;()</c>); a disabled feature's figures do not
/// exist, so the dashboard never needs to know which modules are there.
/// </summary>
public interface IDashboardFigureProvider
{
    Task<IEnumerable<DashboardFigure>> GetFiguresAsync(CancellationToken cancellationToken = default);
}

/// <summary>A number on the dashboard.</summary>
/// <param name="Label">Localization key or text, e.g. <c>Users</c>.</param>
/// <param name="Href">The page listing what is counted, relative to the tenant, or null.</param>
/// <param name="Position">Ascending sort key.</param>
/// <param name="Permission">The permission a user needs to see the figure (usually the one its page checks), or null.</param>
public sealed record DashboardFigure(string Label, long Value, string? Href = null, int Position = 0, string? Permission = null);
