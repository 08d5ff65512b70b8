namespace BuildGuard.EndToEnd.Tests.Infra;

/// <summary>
/// Packs BuildGuard.nupkg once per test run into a temporary feed and provides the shared, isolated
/// NUGET_PACKAGES folder every scenario restores into (a fresh folder, so the just-packed 0.1.0 is the one
/// restored, and restore work is shared between scenarios). Everything lives under one temp directory
/// outside the repository, so no Directory.Build.props or NuGet.Config of the repository leaks in; it is
/// deleted at the end unless BUILDGUARD_E2E_KEEP=1.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageVersion = "0.1.0";

    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "buildguard-e2e", Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Scenarios = Path.Combine(Root, "scenarios");
        if (Path.GetFullPath(Root).StartsWith(Path.GetFullPath(RepositoryRoot), StringComparison.Ordinal))
        {
            // The repository's Directory.Build.props / NuGet.Config would leak into every consumer project.
            throw new InvalidOperationException($"The temp directory {Root} is inside the repository; set TMPDIR elsewhere.");
        }

        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        Directory.CreateDirectory(Scenarios);

        var project = Path.Combine(RepositoryRoot, "src", "BuildGuard.Tasks", "BuildGuard.Tasks.csproj");
        PackResult = Dotnet.Run(RepositoryRoot, null, "pack", project, "-c", "Release", "-o", Feed, "-nodeReuse:false");
        PackagePath = Path.Combine(Feed, $"BuildGuard.{PackageVersion}.nupkg");
        if (PackResult.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing BuildGuard failed.\n{PackResult}");
        }
    }

    public string RepositoryRoot { get; }

    /// <summary>The run's temp directory: feed/, packages/, scenarios/.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Scenarios { get; }

    public string PackagePath { get; }

    public CommandResult PackResult { get; }

    /// <summary>A new, empty consumer project directory for one scenario.</summary>
    public ConsumerProject CreateProject(string name) =>
        new(this, Path.Combine(Scenarios, $"{name}-{Guid.NewGuid().ToString("N")[..6]}"));

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("BUILDGUARD_E2E_KEEP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BuildGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"BuildGuard.sln not found above {AppContext.BaseDirectory}.");
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    /// <summary>
    /// One collection: the package is packed once, and scenarios run one after another (each build uses
    /// both cores; parallel builds only thrash).
    /// </summary>
    public const string Name = "BuildGuard package";
}
