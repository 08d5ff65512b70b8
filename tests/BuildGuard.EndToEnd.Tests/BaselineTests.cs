using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>A committed buildguard.baseline.json lets an existing app adopt BuildGuard: only new findings fail.</summary>
[Collection(PackageCollection.Name)]
public sealed class BaselineTests(PackageFixture fixture)
{
    [Fact]
    public void AFindingTheBaselineAcceptsDoesNotFailTheReleaseBuild()
    {
        var project = fixture.CreateProject("baseline")
            .File("appsettings.json", Content.PlaceholderJwtSettings)
            .File("buildguard.baseline.json", """
                {
                  "version": 1,
                  "findings": [
                    { "code": "BG1001", "file": "appsettings.json", "key": "Jwt:Key", "fingerprint": "your…(19 chars)" }
                  ]
                }
                """)
            .Write();

        var accepted = project.Build("-c", "Release");
        Assert.True(accepted.ExitCode == 0, accepted.ToString());

        project.File(".env", "DEBUG=true\n");
        var added = project.Build("-c", "Release");
        Assert.True(added.ExitCode == 1, added.ToString());
        Assert.Equal(["BG3001"], Diagnostics.Of(added).Where(d => d.Severity == "error").Select(d => d.Code).Distinct());
    }
}
