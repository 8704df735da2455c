using System.Globalization;

namespace Commerce.Display.Localization;

/// <summary>
/// The UI languages: English (<c>en</c>) and Simplified Chinese (<c>zh-CN</c>). A requested culture matches
/// exactly, or by language: zh, zh-Hans, zh-SG, zh-TW all read zh-CN (the only Chinese we ship), en-GB reads en.
/// </summary>
public static class DisplayCultures
{
    public const string English = "en";
    public const string SimplifiedChinese = "zh-CN";

    /// <summary>The cookie that remembers the visitor's choice (ASP.NET Core's <c>c=..|uic=..</c> format).</summary>
    public const string CookieName = ".Commerce.Culture";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [CultureInfo.GetCultureInfo(English), CultureInfo.GetCultureInfo(SimplifiedChinese)];

    /// <summary>The names shown in the language switcher, each in its own language.</summary>
    public static string NativeName(CultureInfo culture) => culture.Name switch
    {
        SimplifiedChinese => "简体中文",
        English => "English",
        _ => culture.NativeName,
    };

    /// <summary>The supported culture for <paramref name="name"/>, or null.</summary>
    public static CultureInfo? Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim();
        if (Supported.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } exact)
        {
            return exact;
        }

        var language = name.Split('-', '_')[0];
        return Supported.FirstOrDefault(c => c.TwoLetterISOLanguageName.Equals(language, StringComparison.OrdinalIgnoreCase));
    }
}
