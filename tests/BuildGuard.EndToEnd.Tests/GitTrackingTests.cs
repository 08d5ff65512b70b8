using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>Tracked credential files are reported as whole-file findings (no position).</summary>
[Collection(PackageCollection.Name)]
public sealed class GitTrackingTests(PackageFixture fixture)
{
    [Fact]
    public void CommittedHostsEnvIsAnErrorWithoutAPosition()
    {
        var project = fixture.CreateProject("committed-hosts-env")
            .File("appsettings.json", Content.CleanSettings)
            .File(".gitignore", "bin/\nobj/\n")
            .File("hosts.env", "DB_HOST=db.internal\nDB_PASSWORD=" + Content.StrongKey() + "\n")
            .Write()
            .CommitAll();

        var result = project.Build("-c", "Release");

        Assert.True(result.ExitCode == 1, result.ToString());
        var error = Assert.Single(Diagnostics.Of(result).Errors("BG5001"));
        Assert.StartsWith($"{project.PathOf("hosts.env")} : error BG5001: ", error.Text);
        Assert.Equal((0, 0), (error.Line, error.Column));
    }
}
