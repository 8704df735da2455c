using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Onboarding.Services;

/// <summary>How onboarding stores its JSON documents (content, steps) and reads recipe steps: web casing, enums by name.</summary>
internal static class OnboardingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
