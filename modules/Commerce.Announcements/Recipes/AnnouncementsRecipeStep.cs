using System.Text.Json;
using Commerce.Announcements.Api;
using Commerce.Announcements.Data;
using Commerce.Announcements.Domain;
using Commerce.Recipes;

namespace Commerce.Announcements.Recipes;

/// <summary>
/// Recipe step <c>announcements</c>: <c>{ "name": "announcements", "items": [ { "title": "…", "body": "…" } ] }</c>.
/// </summary>
internal sealed class AnnouncementsRecipeStep(AnnouncementsDbContext db, TimeProvider clock) : IRecipeStep
{
    public string Name => "announcements";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        if (!step.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("Recipe step 'announcements' needs an 'items' array.");
        }

        foreach (var item in items.EnumerateArray())
        {
            var input = item.Deserialize<AnnouncementInput>(JsonSerializerOptions.Web)!;
            if (AnnouncementsApi.Validate(input) is { Count: > 0 } errors)
            {
                throw new InvalidOperationException($"Recipe step 'announcements': {string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}"))}");
            }

            db.Announcements.Add(new Announcement { Id = Guid.CreateVersion7(), Title = input.Title!.Trim(), Body = input.Body?.Trim() ?? "", PublishedUtc = clock.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
