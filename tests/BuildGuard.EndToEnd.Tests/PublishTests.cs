using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>Every publish is enforced, whatever the configuration and whether or not it builds first.</summary>
[Collection(PackageCollection.Name)]
public sealed class PublishTests(PackageFixture fixture)
{
    [Fact]
    public void PublishFailsBeforeTheArtifactExists()
    {
        var project = fixture.CreateProject("publish")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();

        var result = project.Publish("-o", project.PathOf("out"));

        Assert.True(result.ExitCode == 1, result.ToString());
        var error = Assert.Single(Diagnostics.Of(result).Errors("BG1001"));
        Assert.Equal(project.PathOf("appsettings.json"), error.File);
        Assert.Equal((Content.PlaceholderLine, Content.PlaceholderColumn), (error.Line, error.Column));
        Assert.False(File.Exists(project.PathOf("out/App.dll")), "nothing may be published");
        ReleaseBuildTests.AssertNoTaskFailure(result);
    }

    [Fact]
    public void DebugPublishIsEnforcedToo()
    {
        var project = fixture.CreateProject("publish-debug")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();

        var result = project.Publish("-c", "Debug", "-o", project.PathOf("out"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Single(Diagnostics.Of(result).Errors("BG1001"));
    }

    [Fact]
    public void PublishWithoutBuildIsChecked()
    {
        var project = fixture.CreateProject("publish-nobuild")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();
        var build = project.Build("-c", "Debug");
        Assert.True(build.ExitCode == 0, build.ToString());

        var result = project.Publish("-c", "Debug", "--no-build", "-o", project.PathOf("out"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Single(Diagnostics.Of(result).Errors("BG1001"));
        Assert.False(File.Exists(project.PathOf("out/App.dll")), "nothing may be published");
    }

    [Fact]
    public void PublishTargetWithoutTheCliIsChecked()
    {
        // 'dotnet msbuild -t:Publish' does not set _IsPublishing: the Publish pipeline hook must catch it.
        var project = fixture.CreateProject("msbuild-publish")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();

        var result = project.MSBuild("-restore", "-t:Publish", "-p:Configuration=Debug", $"-p:PublishDir={project.PathOf("out")}/");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Single(Diagnostics.Of(result).Errors("BG1001"));
        Assert.False(File.Exists(project.PathOf("out/App.dll")), "nothing may be published");
    }
}
