namespace Commerce.Benchmarks;

/// <summary>Finds the repository (the folder holding Commerce.sln) above this program's folder or the current one.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var origin in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(origin); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Commerce.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Commerce.sln is not found above this program or the current folder.");
    }
}
