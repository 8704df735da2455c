using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Events;

/// <summary>How events are written to and read from the stream: web defaults, enums by name.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
