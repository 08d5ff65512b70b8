using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>A multi-targeted project builds once per framework; its configuration is checked once.</summary>
[Collection(PackageCollection.Name)]
public sealed class MultiTargetingTests(PackageFixture fixture)
{
    [Fact]
    public void EachFindingIsReportedOnceNotOncePerFramework()
    {
        var project = fixture.CreateProject("multi-target")
            .Property("TargetFrameworks", "net10.0;net9.0")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .Write();

        var result = project.Build("-c", "Release");

        Assert.True(result.ExitCode == 1, result.ToString());
        // MSBuild prints each error where it happens and again in its summary: twice, not four times.
        Assert.True(result.Lines.Count(l => l.Contains("error BG1001", StringComparison.Ordinal)) == 2, result.ToString());
    }
}
