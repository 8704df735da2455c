using Commerce.Announcements.Data;
using Commerce.Announcements.Domain;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Announcements.Api;

/// <summary>A new announcement.</summary>
public sealed record AnnouncementInput(string? Title, string? Body);

/// <summary>A published announcement.</summary>
public sealed record AnnouncementDto(Guid Id, string Title, string Body, DateTimeOffset PublishedUtc);

/// <summary><c>/api/announcements</c>: keeps working while the feature is hidden from the storefront.</summary>
public static class AnnouncementsApi
{
    public static RouteGroupBuilder MapAnnouncementsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/announcements").WithTags("Announcements").RequirePermission(AnnouncementsPermissions.PublishAnnouncements);

        api.MapGet("/", async (AnnouncementsDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Announcements.AsNoTracking().OrderByDescending(a => a.Id)
                    .Select(a => new AnnouncementDto(a.Id, a.Title, a.Body, a.PublishedUtc)).ToListAsync(ct)))
            .WithName("ListAnnouncements")
            .WithSummary("List announcements, newest first");

        api.MapPost("/", PublishAsync)
            .WithName("PublishAnnouncement")
            .WithSummary("Publish an announcement")
            .WithDescription("Title is required (at most 200 characters); body at most 4000.");

        return api;
    }

    private static async Task<Results<Created<AnnouncementDto>, ValidationProblem>> PublishAsync(
        AnnouncementInput input, AnnouncementsDbContext db, TimeProvider clock, HttpContext context, CancellationToken ct)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var announcement = new Announcement
        {
            Id = Guid.CreateVersion7(),
            Title = input.Title!.Trim(),
            Body = input.Body?.Trim() ?? "",
            PublishedUtc = clock.GetUtcNow(),
        };
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync(ct);
        var dto = new AnnouncementDto(announcement.Id, announcement.Title, announcement.Body, announcement.PublishedUtc);
        return TypedResults.Created($"{context.Request.PathBase}/api/announcements/{dto.Id}", dto);
    }

    internal static Dictionary<string, string[]> Validate(AnnouncementInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors["title"] = ["A title is required."];
        }
        else if (input.Title.Trim().Length > Announcement.TitleMaxLength)
        {
            errors["title"] = [$"At most {Announcement.TitleMaxLength} characters."];
        }

        if (input.Body is { Length: > Announcement.BodyMaxLength })
        {
            errors["body"] = [$"At most {Announcement.BodyMaxLength} characters."];
        }

        return errors;
    }
}
