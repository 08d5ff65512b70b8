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
    public void SecureProjectPublishes()
    {
        var project = fixture.CreateProject("publish-secure")
            .File("appsettings.json", Content.EmptyJwtSettings)
            .Item("BuildGuardRequiredKey", "Jwt:Key")
            .Write();

        var result = project.Publish(new Dictionary<string, string> { ["Jwt__Key"] = Content.StrongKey() }, "-o", project.PathOf("out"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Diagnostics.LinesWithCodes(result));
        Assert.True(File.Exists(project.PathOf("out/App.dll")));
        Assert.True(File.Exists(project.PathOf("out/appsettings.json")));
    }

    [Fact]
    public void CredentialFileAmongPublishedFilesFailsThePublish()
    {
        // The build is clean (an untracked certificate is no finding); publishing it is.
        var project = fixture.CreateProject("publish-credential-file")
            .File("appsettings.json", Content.CleanSettings)
            .Item("None", "server.pfx", ("CopyToPublishDirectory", "PreserveNewest"))
            .Write();
        File.WriteAllBytes(project.PathOf("server.pfx"), System.Security.Cryptography.RandomNumberGenerator.GetBytes(512));

        var build = project.Build("-c", "Release");
        Assert.True(build.ExitCode == 0, build.ToString());

        var result = project.Publish("-o", project.PathOf("out"));

        Assert.True(result.ExitCode == 1, result.ToString());
        var error = Assert.Single(Diagnostics.Of(result).Errors("BG5002"));
        Assert.Equal(project.PathOf("server.pfx"), error.File);
        Assert.Equal((0, 0), (error.Line, error.Column));
        Assert.DoesNotContain(Diagnostics.Of(result), d => d.Code != "BG5002");
        Assert.False(File.Exists(project.PathOf("out/server.pfx")), "nothing may be published");
        Assert.False(File.Exists(project.PathOf("out/App.dll")), "nothing may be published");
    }

    [Fact]
    public void CredentialFileInWwwrootFailsThePublish()
    {
        // wwwroot files are static web assets: they reach the publish folder without ResolvedFileToPublish.
        var project = fixture.CreateProject("publish-wwwroot-credential")
            .WebSdk()
            .File("appsettings.json", Content.CleanSettings)
            .File("Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.UseStaticFiles();\napp.Run();\n")
            .Write();
        Directory.CreateDirectory(project.PathOf("wwwroot"));
        File.WriteAllBytes(project.PathOf("wwwroot/site.pfx"), System.Security.Cryptography.RandomNumberGenerator.GetBytes(512));

        var result = project.Publish("-o", project.PathOf("out"));

        Assert.True(result.ExitCode == 1, result.ToString());
        var error = Assert.Single(Diagnostics.Of(result).Errors("BG5002"));
        Assert.Equal(project.PathOf("wwwroot/site.pfx"), error.File);
        Assert.False(File.Exists(project.PathOf("out/wwwroot/site.pfx")), "the credential file must not be published");
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
