namespace Commerce.Display.Templates;

/// <summary>A template is missing or does not parse; the message names it and where it was looked for.</summary>
public sealed class TemplateException(string message) : Exception(message);
