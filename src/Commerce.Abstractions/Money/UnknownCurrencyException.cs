namespace Commerce;

/// <summary>A currency code that is not in <see cref="Currency"/>'s table (or not a code at all).</summary>
public sealed class UnknownCurrencyException(string? code)
    : ArgumentException($"'{code}' is not a currency this marketplace knows; use an ISO 4217 code such as CNY, USD, EUR or JPY.")
{
    public string? Code { get; } = code;
}
