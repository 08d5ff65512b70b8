using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>An unchanged build skips the check; a changed input or environment runs it again.</summary>
[Collection(PackageCollection.Name)]
public sealed class IncrementalTests(PackageFixture fixture)
{
    private const string CheckTarget = "_BuildGuardCheckBuild";
    private const string Skipped = $"Skipping target \"{CheckTarget}\" because all output files are up-to-date";

    [Fact]
    public void SecondUnchangedBuildSkipsTheCheckAndChangesRunItAgain()
    {
        var key = Content.StrongKey();
        var environment = new Dictionary<string, string> { ["Jwt__Key"] = key };
        var project = fixture.CreateProject("incremental")
            .File("appsettings.json", Content.EmptyJwtSettings)
            .Item("BuildGuardRequiredKey", "Jwt:Key")
            .Write();
        var stamp = project.PathOf("obj/Release/net10.0/buildguard.build.stamp");

        var first = project.Build(environment, "-c", "Release", "-v:n");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.DoesNotContain(Skipped, first.Output);
        Assert.True(File.Exists(stamp), "a passing check writes its stamp");

        var second = project.Build(environment, "-c", "Release", "-v:n");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(Skipped, second.Output);

        // A changed environment (a rotated key) runs the check again, and so does a changed file.
        var rotated = project.Build(new Dictionary<string, string> { ["Jwt__Key"] = Content.StrongKey() }, "-c", "Release", "-v:n");
        Assert.True(rotated.ExitCode == 0, rotated.ToString());
        Assert.DoesNotContain(Skipped, rotated.Output);

        project.File("appsettings.json", Content.PlaceholderJwtSettings.Replace("your-jwt-secret-key", "changeme"));
        var changed = project.Build(new Dictionary<string, string>(), "-c", "Release", "-v:n");
        Assert.True(changed.ExitCode == 1, changed.ToString());
        Assert.Contains(Diagnostics.Of(changed), d => d.Severity == "error");

        // A failing check leaves no up-to-date stamp behind: the next build reports the findings again.
        var again = project.Build(new Dictionary<string, string>(), "-c", "Release", "-v:n");
        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.DoesNotContain(Skipped, again.Output);

        // The bookkeeping files are FileWrites: 'dotnet clean' removes them.
        var clean = project.Clean("-c", "Release");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(stamp), "dotnet clean removes the stamp");
        Assert.False(File.Exists(project.PathOf("obj/Release/net10.0/buildguard.env.hash")), "dotnet clean removes the environment hash");
    }

    [Fact]
    public void EnforcementChangeRunsTheCheckAgain()
    {
        var project = fixture.CreateProject("incremental-enforce")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();

        // Warnings only: the check passes and stamps.
        var warned = project.Build("-c", "Debug", "-p:BuildGuardEnabled=true", "-v:n");
        Assert.True(warned.ExitCode == 0, warned.ToString());

        // Same inputs, now enforced: the stamp must not hide the errors.
        var enforced = project.Build("-c", "Debug", "-p:BuildGuardEnabled=true", "-p:BuildGuardEnforce=true", "-v:n");
        Assert.True(enforced.ExitCode == 1, enforced.ToString());
        Assert.DoesNotContain(Skipped, enforced.Output);
    }
}
