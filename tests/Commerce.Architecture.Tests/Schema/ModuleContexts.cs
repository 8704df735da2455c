using System.Reflection;
using Commerce.Data;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Architecture.Tests.Schema;

/// <summary>Every DbContext with migrations: each module's, and the host's own (tenant registry, shell state).</summary>
public static class ModuleContexts
{
    public static IReadOnlyList<Type> All { get; } = ModuleProject.All.Where(m => !m.IsContract).Select(m => m.Assembly)
        .Append(typeof(DatabaseLocation).Assembly)
        .SelectMany(a => a.GetTypes())
        .Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public static Type Named(string name) => All.Single(t => t.Name == name);

    /// <summary>A context on <paramref name="location"/>, configured as the host configures it (<see cref="DbContextOptionsBuilderExtensions.UseLocation(DbContextOptionsBuilder, DatabaseLocation, Type)"/>).</summary>
    public static DbContext Create(Type context, DatabaseLocation location)
    {
        var options = new DbContextOptionsBuilder((DbContextOptions)Activator.CreateInstance(typeof(DbContextOptions<>).MakeGenericType(context))!);
        options.UseLocation(location, context);
        return (DbContext)Activator.CreateInstance(context, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, [options.Options], null)!;
    }
}
