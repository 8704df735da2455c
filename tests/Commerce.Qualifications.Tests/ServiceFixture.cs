using Commerce.Events;
using Commerce.Notifications;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Jobs;
using Commerce.Qualifications.Services;
using Commerce.Security;
using Commerce.Shells;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Qualifications.Tests;

/// <summary>
/// The module's services on an in-memory SQLite database with its real migration, a clock tests move, and recorders
/// in place of the notifications outbox and the user directory. The host's event stream table is created by the host's
/// own migration, so staged events can be read back (<see cref="StagedEvents"/>).
/// </summary>
internal sealed class ServiceFixture : IAsyncDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;

    private ServiceFixture()
    {
        _connection.Open();
        var services = new ServiceCollection();
        services.AddDbContext<QualificationsDbContext>(o => o.UseSqlite(_connection));
        services.AddDbContext<Commerce.Data.Shell.ShellStateDbContext>(o => o.UseSqlite(_connection));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ITenantTimeZone>(new TenantTimeZone(Subjects.Shanghai));
        services.AddOptions<QualificationsOptions>();
        services.AddSingleton<CatalogCache>();
        services.AddScoped<QualificationClock>();
        services.AddScoped<AuditLog>();
        services.AddScoped<MerchantNotices>();
        services.AddScoped<MerchantQualifications>();
        services.AddScoped<MerchantProfiles>();
        services.AddScoped<CatalogEditor>();
        services.AddScoped<ExpiryCheckJob>();
        services.AddScoped<Events.MerchantEventsHandler>();
        services.AddScoped<IQualificationImport, QualificationImport>();
        services.AddSingleton<INotificationOutbox>(Outbox);
        services.AddSingleton<IUserDirectory>(new OneMemberDirectory());
        _services = services.BuildServiceProvider();
    }

    public MovableClock Clock { get; } = new(Subjects.Now);

    public RecordingOutbox Outbox { get; } = new();

    public static async Task<ServiceFixture> StartAsync()
    {
        var fixture = new ServiceFixture();
        await fixture.RunAsync<CatalogEditor>(async (editor, _) =>
        {
            await fixture.RunAsync<Commerce.Data.Shell.ShellStateDbContext>((db, _) => db.Database.MigrateAsync());
            await fixture.RunAsync<QualificationsDbContext>((db, _) => db.Database.MigrateAsync());
            await editor.ReplaceAsync(DefaultCatalog.Fresh(), CancellationToken.None);
        });
        return fixture;
    }

    /// <summary>Runs <paramref name="work"/> in a scope of its own, as a request or a job run would.</summary>
    public async Task RunAsync<T>(Func<T, IServiceProvider, Task> work)
        where T : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<T>(), scope.ServiceProvider);
    }

    public async Task<TResult> GetAsync<T, TResult>(Func<T, Task<TResult>> work)
        where T : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<T>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    public sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>The events of type <typeparamref name="TEvent"/> committed to the event stream so far, oldest first.</summary>
    public Task<List<TEvent>> StagedEvents<TEvent>()
        where TEvent : notnull
        => GetAsync<Commerce.Data.Shell.ShellStateDbContext, List<TEvent>>(async db =>
        {
            var type = EventTypeName.Of<TEvent>();
            var stored = await db.Events.AsNoTracking().Where(e => e.Type == type).OrderBy(e => e.Sequence).ToListAsync();
            return [.. stored.Select(e => System.Text.Json.JsonSerializer.Deserialize<TEvent>(e.Payload, EventJson.Options)!)];
        });

    public sealed class RecordingOutbox : INotificationOutbox
    {
        public Dictionary<string, Notification> Queued { get; } = [];

        public Task<bool> EnqueueAsync(Notification notification, CancellationToken cancellationToken = default)
            => Task.FromResult(Queued.TryAdd(notification.Key, notification));
    }

    /// <summary>Every merchant has one person, <c>owner</c>, who reads Chinese.</summary>
    private sealed class OneMemberDirectory : IUserDirectory
    {
        public Task<IReadOnlyList<UserContact>> MerchantMembersAsync(Guid merchantId, CancellationToken cancellationToken = default)
            => Task.FromResult<IReadOnlyList<UserContact>>([new UserContact("owner", "owner@example.test", "Owner", "zh-CN")]);

        public Task<UserContact?> FindAsync(string userId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<UserContact?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task AddToRoleAsync(string userId, string role, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task RemoveFromRoleAsync(string userId, string role, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task AddMerchantMembershipAsync(string userId, Guid merchantId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task RemoveMerchantMembershipAsync(string userId, Guid merchantId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> IsMerchantMemberAsync(string userId, Guid merchantId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
