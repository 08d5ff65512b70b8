namespace BuildGuard.Keygen.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp directory (never inside the repository), deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "buildguard-keygen-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        Assert.False(RepositoryPaths.IsInsideRepository(Path), $"temp folder {Path} is inside the repository");
    }

    public string Path { get; }

    public string Write(string relativePath, string content) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = Resolve(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public string Resolve(string relativePath) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar)));

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
