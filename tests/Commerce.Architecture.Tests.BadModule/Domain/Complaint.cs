namespace Commerce.Architecture.Tests.BadModule.Domain;

/// <summary>The violation of rule (c): a public domain type.</summary>
public sealed class Complaint
{
    public Guid Id { get; set; }

    public Guid MerchantId { get; set; }

    public string Text { get; set; } = "";
}
