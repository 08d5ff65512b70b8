namespace BuildGuard.Keygen.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository root: the folder above the test binaries that holds BuildGuard.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string InsecureSample => Path.Combine(Root, "samples", "insecure");

    public static bool IsInsideRepository(string path) =>
        Path.GetFullPath(path).StartsWith(Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Copies a folder (without bin/ and obj/) to <paramref name="destination"/>.</summary>
    public static void Copy(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
            {
                Copy(directory, Path.Combine(destination, name));
            }
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BuildGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("BuildGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
