using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Data;

/// <summary>
/// The one way a module stores a small list or map in a column: JSON text (<see cref="JsonSerializerOptions.Web"/>), the
/// same on SQLite and PostgreSQL (a native array type would need a store type in the provider-agnostic migrations). The
/// comparer makes in-place edits of the list count as changes. Give the column a length where the provider needs one
/// (<c>.AsJson().HasMaxLength(4000)</c>).
/// </summary>
public static class JsonColumn
{
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
        where T : class, new()
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, JsonSerializerOptions.Web),
            text => JsonSerializer.Deserialize<T>(text, JsonSerializerOptions.Web) ?? new T(),
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
                value => JsonSerializer.Serialize(value, JsonSerializerOptions.Web).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!));
        return property;
    }
}
