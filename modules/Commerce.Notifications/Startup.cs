using Commerce.Data;
using Commerce.Jobs;
using Commerce.Modules;
using Commerce.Notifications.Account;
using Commerce.Notifications.Api;
using Commerce.Notifications.Data;
using Commerce.Notifications.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Notifications;

/// <summary>Notifications: the outbox table, the service modules queue into, the e-mail dispatcher, the inbox API and page.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<NotificationsOptions>().BindConfiguration("Commerce:Notifications");
        services.AddTenantDbContext<NotificationsDbContext>();
        services.AddScoped<INotificationOutbox, NotificationOutbox>();
        services.AddScoped<IBackgroundJob, EmailDispatchJob>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapNotificationsApi();
        routes.MapNotificationsPage();
    }
}
