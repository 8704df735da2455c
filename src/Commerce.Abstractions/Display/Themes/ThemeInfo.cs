namespace Commerce.Display.Themes;

/// <summary>A theme as the admin sees it.</summary>
/// <param name="Active">The tenant's storefront theme.</param>
/// <param name="Admin">The tenant's admin theme.</param>
public sealed record ThemeInfo(string Id, string Name, string? Description, string? BaseTheme, bool Enabled, bool Active, bool Admin);
