using System.Collections;
using BuildGuard.Tasks;

namespace BuildGuard.EndToEnd.Tests.TaskTests;

public sealed class DiscoverInputsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "buildguard-discover-" + Guid.NewGuid().ToString("N")[..8]);

    public DiscoverInputsTests()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "appsettings.json"), "{ \"Jwt\": { \"Key\": \"\" } }");
        File.WriteAllText(Path.Combine(_directory, "App.csproj"), "<Project />");
    }

    [Fact]
    public void ListsFilesAndWritesTheEnvironmentHashOnlyWhenItChanges()
    {
        var hashFile = Path.Combine(_directory, "obj", "buildguard.env.hash");
        var engine = new RecordingBuildEngine();
        var task = new DiscoverInputs { BuildEngine = engine, ProjectDirectory = _directory, EnvironmentHashFile = hashFile };

        Assert.True(task.Execute());
        Assert.Contains(task.Files, f => f.ItemSpec == Path.Combine(_directory, "appsettings.json"));
        var hash = File.ReadAllText(hashFile);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        var written = DateTime.UtcNow.AddMinutes(-5);
        File.SetLastWriteTimeUtc(hashFile, written);

        Assert.True(new DiscoverInputs { BuildEngine = engine, ProjectDirectory = _directory, EnvironmentHashFile = hashFile }.Execute());
        Assert.Equal(written, File.GetLastWriteTimeUtc(hashFile));
        Assert.DoesNotContain(hash, engine.AllText);
    }

    [Fact]
    public void HashDependsOnNamesAndValuesButNotOrderOrShellBookkeeping()
    {
        var a = new Hashtable { ["Jwt__Key"] = "one", ["PATH"] = "/bin", ["OLDPWD"] = "/a" };
        var b = new Hashtable { ["PATH"] = "/bin", ["Jwt__Key"] = "one", ["OLDPWD"] = "/b", ["SHLVL"] = "3" };
        var c = new Hashtable { ["PATH"] = "/bin", ["Jwt__Key"] = "two" };

        Assert.Equal(DiscoverInputs.EnvironmentHash(a), DiscoverInputs.EnvironmentHash(b));
        Assert.NotEqual(DiscoverInputs.EnvironmentHash(a), DiscoverInputs.EnvironmentHash(c));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
