namespace Commerce.Display.Themes;

/// <summary>Why a theme could not be activated.</summary>
public enum ThemeActivationError
{
    None,
    NotFound,
    IsAdminTheme,
    FeatureRefused,
}
