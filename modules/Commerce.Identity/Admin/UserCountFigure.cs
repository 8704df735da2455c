using Commerce.Display;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Identity.Admin;

/// <summary>The number of the tenant's users, on the admin dashboard.</summary>
internal sealed class UserCountFigure(UserManager<IdentityUser> users) : IDashboardFigureProvider
{
    public async Task<IEnumerable<DashboardFigure>> GetFiguresAsync(CancellationToken cancellationToken = default)
        => [new DashboardFigure("Users", await users.Users.LongCountAsync(cancellationToken), "/admin/users", 10, IdentityPermissions.ViewUsers.Name)];
}
