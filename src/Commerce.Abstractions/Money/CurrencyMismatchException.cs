namespace Commerce;

/// <summary>Arithmetic or a comparison between amounts in two currencies: there is no rate here to convert them.</summary>
public sealed class CurrencyMismatchException(Currency left, Currency right)
    : InvalidOperationException($"Cannot combine {left.Code} with {right.Code}; convert one of them first.")
{
    public Currency Left { get; } = left;

    public Currency Right { get; } = right;
}
