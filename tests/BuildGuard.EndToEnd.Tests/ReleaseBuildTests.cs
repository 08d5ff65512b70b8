using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>Release builds are enforced; Debug builds are left alone unless asked.</summary>
[Collection(PackageCollection.Name)]
public sealed class ReleaseBuildTests(PackageFixture fixture)
{
    [Fact]
    public void ReleaseBuildFailsWithPlaceholderSecretAtItsPosition()
    {
        var project = fixture.CreateProject("release-placeholder")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();

        var result = project.Build("-c", "Release");

        Assert.True(result.ExitCode == 1, result.ToString());
        var expectedPrefix = $"{project.PathOf("appsettings.json")}({Content.PlaceholderLine},{Content.PlaceholderColumn}): error BG1001: ";
        var line = Assert.Single(Diagnostics.Of(result).Errors("BG1001")).Text;
        Assert.StartsWith(expectedPrefix, line);
        Assert.EndsWith($" [{project.ProjectPath}]", line);
        Assert.Contains("Jwt:Key", line);
        Assert.DoesNotContain(Content.PlaceholderValue, result.Output);
        AssertNoTaskFailure(result);
    }

    [Fact]
    public void DebugBuildPassesWithoutAnyBuildGuardOutput()
    {
        var project = fixture.CreateProject("debug-placeholder")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();

        var result = project.Build("-c", "Debug");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Diagnostics.LinesWithCodes(result));
        Assert.DoesNotContain("BuildGuard", result.Output);
        Assert.False(File.Exists(project.PathOf("obj/Debug/net10.0/buildguard.build.stamp")), "the check must not run in Debug");
    }

    [Fact]
    public void DebugBuildWithBuildGuardEnabledReportsWarnings()
    {
        var project = fixture.CreateProject("debug-enabled")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Property("BuildGuardEnabled", "true")
            .Write();

        var result = project.Build("-c", "Debug");

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(Diagnostics.Of(result).Warnings("BG1001"));
        Assert.Equal((Content.PlaceholderLine, Content.PlaceholderColumn), (warning.Line, warning.Column));
        Assert.DoesNotContain(Diagnostics.Of(result), d => d.Severity == "error");
    }

    [Fact]
    public void BuildGuardSkipTurnsEverythingOff()
    {
        var project = fixture.CreateProject("skip")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();

        var result = project.Build("-c", "Release", "-p:BuildGuardSkip=true");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Diagnostics.LinesWithCodes(result));
    }

    [Fact]
    public void UnsupportedHostSkipsWithOneMessage()
    {
        // A .NET Framework MSBuild cannot load the task. MSBuildRuntimeType cannot be faked, but the
        // property derived from it can: the targets must then neither register nor call the task.
        var project = fixture.CreateProject("unsupported-host")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();

        var result = project.Publish("-p:_BuildGuardHostSupported=false", "-o", project.PathOf("out"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.Lines, l => l.Contains("BuildGuard: skipped", StringComparison.Ordinal));
        Assert.Empty(Diagnostics.LinesWithCodes(result));
        AssertNoTaskFailure(result);
    }

    internal static void AssertNoTaskFailure(CommandResult result)
    {
        Assert.DoesNotContain("MSB4018", result.Output); // task crashed
        Assert.DoesNotContain("MSB4062", result.Output); // task could not be loaded
        Assert.DoesNotContain("MSB4036", result.Output); // task not found
        Assert.DoesNotContain("BuildGuard could not", result.Output); // the task's own failure warning
    }
}
