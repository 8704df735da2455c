using System.Reflection;
using System.Xml.Linq;

namespace Commerce.Architecture.Tests;

/// <summary>
/// A project the boundary rules check: a module or theme under <c>modules/</c> or <c>themes/</c>, or a contract project
/// (<c>modules/*.Abstractions</c>), with what its project file references and its compiled assembly.
/// </summary>
public sealed class ModuleProject
{
    private ModuleProject(string projectFile)
    {
        ProjectFile = Path.GetFullPath(projectFile);
        Name = Path.GetFileNameWithoutExtension(ProjectFile);
        var project = XDocument.Load(ProjectFile);
        var folder = Path.GetDirectoryName(ProjectFile)!;
        ProjectReferences = project.Descendants("ProjectReference")
            .Select(r => Path.GetFullPath(Path.Combine(folder, r.Attribute("Include")!.Value.Replace('\\', '/'))))
            .ToList();
        PackageReferences = project.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();
    }

    /// <summary>The project's (and its assembly's) name, such as <c>Commerce.Qualifications</c>.</summary>
    public string Name { get; }

    public string ProjectFile { get; }

    /// <summary>Full paths of the projects its project file references.</summary>
    public IReadOnlyList<string> ProjectReferences { get; }

    /// <summary>Ids of the packages its project file references.</summary>
    public IReadOnlyList<string> PackageReferences { get; }

    /// <summary>A contract project: its name ends with <c>.Abstractions</c>.</summary>
    public bool IsContract => Name.EndsWith(".Abstractions", StringComparison.Ordinal);

    /// <summary>The compiled assembly, loaded from the test's output (the test project references every module).</summary>
    public Assembly Assembly => field ??= Assembly.Load(Name);

    public override string ToString() => Name;

    /// <summary>Every module, theme and contract project in the repository.</summary>
    public static IReadOnlyList<ModuleProject> All { get; } = Directory.EnumerateFiles(Path.Combine(Repository.Root, "modules"), "*.csproj", SearchOption.AllDirectories)
        .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "themes"), "*.csproj", SearchOption.AllDirectories))
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
        .Order(StringComparer.Ordinal)
        .Select(p => new ModuleProject(p))
        .ToList();

    public static ModuleProject Named(string name) => All.Single(m => m.Name == name);

    /// <summary>The deliberately bad module the tests check the rules against.</summary>
    public static ModuleProject BadModule { get; } = new(Path.Combine(
        Repository.Root, "tests", "Commerce.Architecture.Tests.BadModule", "Commerce.Architecture.Tests.BadModule.csproj"));
}
