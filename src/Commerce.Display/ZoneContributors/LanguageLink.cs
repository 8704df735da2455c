namespace Commerce.Display.ZoneContributors;

/// <summary>A language link: <c>name</c> (zh-CN), <c>label</c> (简体中文), <c>href</c> (tenant path, use <c>| href</c>), <c>current</c>.</summary>
public sealed record LanguageLink(string Name, string Label, string Href, bool Current);
