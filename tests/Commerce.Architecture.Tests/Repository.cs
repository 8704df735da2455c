namespace Commerce.Architecture.Tests;

/// <summary>The repository the tests run in, found by walking up from the test's output folder to <c>Commerce.sln</c>.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Commerce.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Commerce.sln above {AppContext.BaseDirectory}.");
    }
}
