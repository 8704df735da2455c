namespace Commerce.Qualifications.Domain;

/// <summary>A node of the industry tree (Food › Imported food › Wine). Rules set on a node apply to everything below it.</summary>
internal sealed class Industry
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 100;

    /// <summary>Stable code, for example <c>food.imported.wine</c>.</summary>
    public required string Code { get; set; }

    /// <summary>The parent node's code, or null for a root.</summary>
    public string? ParentCode { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    /// <summary>Optimistic concurrency: two admins editing the same industry.</summary>
    public int Version { get; set; }
}
