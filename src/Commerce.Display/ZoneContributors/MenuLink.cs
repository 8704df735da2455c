namespace Commerce.Display.ZoneContributors;

/// <summary>A menu link as templates see it: <c>text</c>, <c>href</c>, <c>position</c>, <c>current</c>.</summary>
public sealed record MenuLink(string Text, string Href, int Position, bool Current);
