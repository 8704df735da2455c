using System.Collections.Concurrent;
using System.Reflection;

namespace Commerce.Events;

/// <summary>
/// Names an event type in the stored stream. The name outlives a release, so it is the type's
/// <see cref="DurableEventAttribute"/> name when it has one, otherwise its full CLR name: renaming or moving an event
/// record without the attribute orphans the events already stored under the old name.
/// </summary>
public static class EventTypeName
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    public static string Of(Type type) => Names.GetOrAdd(type, static t => t.GetCustomAttribute<DurableEventAttribute>()?.Name ?? t.FullName ?? t.Name);

    public static string Of<TEvent>() => Of(typeof(TEvent));
}

/// <summary>Gives an event type the stable name it is stored under, so the record can be renamed or moved freely.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DurableEventAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
