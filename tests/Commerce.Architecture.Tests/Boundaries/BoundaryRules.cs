using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace Commerce.Architecture.Tests.Boundaries;

/// <summary>
/// The module boundaries, as rules that list each violation in words. A module talks to another only through contracts:
/// it may use the engine's contracts (<c>src/Commerce.Abstractions</c>), any module's contract project
/// (<c>modules/*.Abstractions</c>), the framework and packages. Contracts stay free of EF Core. A module's tables and
/// domain are its own: its DbContexts and the types in its <c>Domain</c> and <c>Data</c> namespaces are not public.
/// </summary>
public static partial class BoundaryRules
{
    public const string EngineContracts = "Commerce.Abstractions";

    /// <summary>
    /// The one exception, by name: the management module is the host's own admin surface (features, tenants), so it
    /// uses the host engine, Commerce.Hosting, and through Hosting's API the data layer beneath it.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> AllowedByName { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["Commerce.Management"] = ["Commerce.Hosting"],
    };

    /// <summary>
    /// Rule (a): the module references no implementation of another module or of the engine, neither in its project
    /// file nor in its compiled assembly; for a compiled reference, the module's types that use it are named.
    /// </summary>
    public static IReadOnlyList<string> ReferencesOnlyContracts(ModuleProject module)
    {
        var violations = new List<string>();
        var allowedProjects = AllowedByName.GetValueOrDefault(module.Name) ?? [];
        foreach (var reference in module.ProjectReferences)
        {
            var name = Path.GetFileNameWithoutExtension(reference);
            if (!IsContractProject(reference) && !allowedProjects.Contains(name))
            {
                violations.Add($"{module.Name}.csproj references the project {Relative(reference)}, an implementation: reference its contract project (*.Abstractions) instead.");
            }
        }

        var allowedAssemblies = AllowedAssemblies(module.Name);
        foreach (var reference in module.Assembly.GetReferencedAssemblies())
        {
            var name = reference.Name!;
            if (!IsCommerceAssembly(name) || IsContractAssembly(name) || allowedAssemblies.Contains(name))
            {
                continue;
            }

            var used = TypesUsing(module.Assembly, Assembly.Load(reference));
            violations.Add($"{module.Name} uses the implementation assembly {name}"
                + (used.Count > 0 ? $" in {string.Join(", ", used)}" : "") + ": move what it needs into a contract.");
        }

        return violations;
    }

    /// <summary>Rule (b): a contract project uses no EF Core, in its project file or its compiled assembly.</summary>
    public static IReadOnlyList<string> ContractIsFreeOfEfCore(ModuleProject contract)
    {
        const string efCore = "Microsoft.EntityFrameworkCore";
        var violations = new List<string>();
        violations.AddRange(contract.PackageReferences.Where(p => p.StartsWith(efCore, StringComparison.Ordinal))
            .Select(p => $"{contract.Name}.csproj references the package {p}: a contract must not depend on EF Core."));
        violations.AddRange(contract.Assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith(efCore, StringComparison.Ordinal))
            .Select(n => $"{contract.Name} references the assembly {n}: a contract must not depend on EF Core."));
        var result = Types.InAssembly(contract.Assembly).ShouldNot().HaveDependencyOn(efCore).GetResult();
        if (!result.IsSuccessful)
        {
            violations.Add($"{contract.Name} has types that use EF Core: {string.Join(", ", result.FailingTypeNames)}.");
        }

        return violations;
    }

    /// <summary>Rule (c): no DbContext of the module, and no type in its <c>Domain</c> or <c>Data</c> namespaces, is public.</summary>
    public static IReadOnlyList<string> KeepsTablesAndDomainInternal(ModuleProject module)
    {
        var types = module.Assembly.GetTypes();
        var byNamespace = Types.InAssembly(module.Assembly).That().ResideInNamespaceMatching(DomainOrDataNamespace().ToString())
            .Should().NotBePublic().GetResult();
        var failing = (byNamespace.FailingTypeNames ?? [])
            // NetArchTest sees top-level types; Type.IsVisible also catches a public type nested in a public one, and DbContexts anywhere.
            .Concat(types.Where(t => t.IsVisible && (typeof(DbContext).IsAssignableFrom(t) || DomainOrDataNamespace().IsMatch(t.Namespace ?? "")))
                .Select(t => t.FullName!.Replace('+', '/')))
            .Distinct()
            .Order(StringComparer.Ordinal);
        return failing.Select(t => $"{module.Name}: {t} is public; a module's DbContexts and Domain and Data types are internal (InternalsVisibleTo for its tests).").ToList();
    }

    /// <summary>Namespaces a module keeps to itself: <c>Commerce.X.Domain</c>, <c>Commerce.X.Data</c> and below.</summary>
    [GeneratedRegex(@"^Commerce\.[A-Za-z0-9_.]+\.(Domain|Data)(\.|$)")]
    private static partial Regex DomainOrDataNamespace();

    private static bool IsCommerceAssembly(string name) => name.StartsWith("Commerce.", StringComparison.Ordinal);

    private static bool IsContractAssembly(string name) => name == EngineContracts || name.EndsWith(".Abstractions", StringComparison.Ordinal);

    private static bool IsContractProject(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(path))!;
        return (name == EngineContracts && folder == Path.Combine(Repository.Root, "src"))
            || (name.EndsWith(".Abstractions", StringComparison.Ordinal) && folder == Path.Combine(Repository.Root, "modules"));
    }

    /// <summary>What a module's assembly may use by name: the allowed projects and the engine assemblies their API exposes.</summary>
    private static HashSet<string> AllowedAssemblies(string module)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(AllowedByName.GetValueOrDefault(module) ?? []);
        while (pending.TryDequeue(out var name))
        {
            if (allowed.Add(name))
            {
                foreach (var reference in Assembly.Load(name).GetReferencedAssemblies().Where(r => IsCommerceAssembly(r.Name!)))
                {
                    pending.Enqueue(reference.Name!);
                }
            }
        }

        return allowed;
    }

    /// <summary>The module's types that use a type of <paramref name="used"/> (NetArchTest, by the used types' full names).</summary>
    private static IReadOnlyList<string> TypesUsing(Assembly module, Assembly used)
    {
        var names = used.GetTypes().Where(t => !t.IsNested && !t.Name.StartsWith('<')).Select(t => t.FullName!).ToArray();
        return names.Length == 0
            ? []
            : Types.InAssembly(module).That().HaveDependencyOnAny(names).GetTypes()
                .Select(TopLevel).Select(t => t.FullName!).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A closure or state machine is reported as the type whose code it holds.</summary>
    private static Type TopLevel(Type type) => type.DeclaringType is { } outer ? TopLevel(outer) : type;

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
}
