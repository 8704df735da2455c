namespace Commerce.Merchants.Api;

/// <summary>Enum values as the API and pages write and read them: lower-case names.</summary>
internal static class Names
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Parses a lower- or mixed-case name; numbers are refused, so <c>"2"</c> is not a status.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
        => Enum.TryParse(text?.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
