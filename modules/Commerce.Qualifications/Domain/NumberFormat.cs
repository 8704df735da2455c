namespace Commerce.Qualifications.Domain;

/// <summary>How a document number is checked.</summary>
internal enum NumberFormat
{
    /// <summary>Any text.</summary>
    Any,

    /// <summary>A unified social credit code, checked by its GB 32100-2015 check character.</summary>
    CreditCode,

    /// <summary>A regular expression the whole number must match (<see cref="DocumentType.NumberPattern"/>).</summary>
    Pattern,
}
