using BuildGuard.Core.Engine;
using BuildGuard.Core.Model;

namespace BuildGuard.Core.Tests;

public class BaselineTests
{
    private static ScanResult Scan(TempTree tree, bool useBaseline = true) =>
        Scanner.Scan(new ScanRequest { RootDirectory = tree.Root, UseBaseline = useBaseline });

    [Fact]
    public void Accepted_findings_are_not_reported_and_new_ones_are()
    {
        using var tree = new TempTree().With("appsettings.json", "{ \"Jwt\": { \"Key\": \"changeme\" } }");
        var accepted = Scan(tree).Findings;
        tree.With(Baseline.FileName, Baseline.Write(accepted, tree.Root));
        Assert.DoesNotContain("changeme", File.ReadAllText(tree.PathOf(Baseline.FileName)));

        // Moving the line keeps it accepted; a new finding is still reported.
        tree.With("appsettings.json", "{\n  \"Jwt\": { \"Key\": \"changeme\" },\n  \"Smtp\": { \"Password\": \"TODO\" }\n}");
        var result = Scan(tree);
        Assert.Equal(["Smtp:Password"], result.Findings.Select(f => f.Key));
        Assert.Contains(result.Notes, n => n.Text.Contains("1 finding(s) accepted"));

        // A different placeholder is a different finding.
        tree.With("appsettings.json", "{ \"Jwt\": { \"Key\": \"your-jwt-key\" } }");
        Assert.Single(Scan(tree).Findings);
        Assert.Single(Scan(tree, useBaseline: false).Findings);
    }

    [Fact]
    public void A_malformed_baseline_is_BG9001_and_accepts_nothing()
    {
        using var tree = new TempTree()
            .With("appsettings.json", "{ \"Jwt\": { \"Key\": \"changeme\" } }")
            .With(Baseline.FileName, "{ \"findings\": [ \n");
        Assert.Equal(["BG1001", "BG9001"], Scan(tree).Findings.Select(f => f.Code).Order());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{ \"findings\": [ 1, \"x\", null ] }")]
    [InlineData("{ \"findings\": { } }")]
    public void An_odd_but_valid_baseline_accepts_nothing_and_does_not_throw(string text)
    {
        using var tree = new TempTree()
            .With("appsettings.json", "{ \"Jwt\": { \"Key\": \"changeme\" } }")
            .With(Baseline.FileName, text);
        Assert.Equal(["BG1001"], Scan(tree).Findings.Select(f => f.Code));
    }
}
