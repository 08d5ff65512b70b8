using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>A secure project: secrets arrive through the environment, as CI injects them.</summary>
[Collection(PackageCollection.Name)]
public sealed class RequiredKeyTests(PackageFixture fixture)
{
    [Fact]
    public void SecureProjectPassesWhenTheSecretComesFromTheEnvironment()
    {
        var project = fixture.CreateProject("secure-env")
            .File("appsettings.json", Content.EmptyJwtSettings)
            .Item("BuildGuardRequiredKey", "Jwt:Key")
            .Write();

        var result = project.Build(new Dictionary<string, string> { ["Jwt__Key"] = Content.StrongKey() }, "-c", "Release");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Diagnostics.LinesWithCodes(result));
        ReleaseBuildTests.AssertNoTaskFailure(result);
    }

    [Fact]
    public void SecureProjectFailsWithoutTheEnvironmentSecret()
    {
        var project = fixture.CreateProject("secure-noenv")
            .File("appsettings.json", Content.EmptyJwtSettings)
            .Item("BuildGuardRequiredKey", "Jwt:Key")
            .Write();

        var result = project.Build("-c", "Release");

        Assert.True(result.ExitCode == 1, result.ToString());
        // Declared but empty (BG2002), or missing once empty values count as absent (BG2001): either names the key.
        var error = Assert.Single(Diagnostics.Of(result), d => d.Severity == "error" && d.Code is "BG2001" or "BG2002");
        Assert.Contains("Jwt:Key", error.Message);
    }

    [Fact]
    public void MissingRequiredKeyIsAnError()
    {
        var project = fixture.CreateProject("required-missing")
            .File("appsettings.json", Content.CleanSettings)
            .Item("BuildGuardRequiredKey", "Jwt:SigningKey")
            .Write();

        var result = project.Build("-c", "Release");

        Assert.True(result.ExitCode == 1, result.ToString());
        var error = Assert.Single(Diagnostics.Of(result).Errors("BG2001"));
        Assert.Contains("Jwt:SigningKey", error.Message);
        // Declared by an item, so reported against the project file.
        Assert.Equal(project.ProjectPath, error.File);
        ReleaseBuildTests.AssertNoTaskFailure(result);
    }
}
