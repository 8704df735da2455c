using System.Text.Json;

namespace Commerce.Cli.Tests.Infrastructure;

/// <summary>Small readers for the CLI's JSON.</summary>
public static class JsonQueries
{
    public static string[] Strings(this JsonElement element, string property)
        => element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static string[] Names(this JsonElement array)
        => array.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray();

    /// <summary>The feature <paramref name="id"/> of a <c>features list --json</c> result.</summary>
    public static JsonElement Feature(this JsonElement features, string id)
        => features.EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    public static bool Flag(this JsonElement element, string property) => element.GetProperty(property).GetBoolean();
}
