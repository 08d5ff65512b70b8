using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>BG codes honour the switches .NET developers already use for compiler warnings.</summary>
[Collection(PackageCollection.Name)]
public sealed class SeverityTests(PackageFixture fixture)
{
    [Fact]
    public void NoWarnSilencesACode()
    {
        var project = fixture.CreateProject("nowarn")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Property("NoWarn", "$(NoWarn);BG1001")
            .Write();

        var result = project.Build("-c", "Release");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(Diagnostics.Of(result), d => d.Code == "BG1001");
    }

    [Fact]
    public void SeverityPropertyLowersACodeToAWarning()
    {
        var project = fixture.CreateProject("severity-warning")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Property("BuildGuardSeverity_BG1001", "warning")
            .Write();

        var result = project.Build("-c", "Release");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(Diagnostics.Of(result).Warnings("BG1001"));
    }
}
