using BuildGuard.Core.Engine;
using BuildGuard.Core.Model;

namespace BuildGuard.Core.Tests;

public class InlineSuppressionTests
{
    private static ScanResult Scan(TempTree tree) => Scanner.Scan(new ScanRequest { RootDirectory = tree.Root });

    [Fact]
    public void A_reasoned_comment_on_the_line_above_silences_that_code_there_only()
    {
        using var tree = new TempTree().With(".env",
            "# buildguard:ignore BG3001 local-only compose stack, never deployed\nDEBUG=true\nFLASK_DEBUG=1\n");
        var result = Scan(tree);
        Assert.Equal([3], result.Findings.Select(f => f.Location.Line));
        Assert.Contains(result.Notes, n => n.Text.Contains("BG3001 suppressed"));
    }

    [Fact]
    public void A_comment_naming_another_code_or_giving_no_reason_does_not_silence()
    {
        using var tree = new TempTree().With(".env",
            "# buildguard:ignore BG1001 wrong code\nDEBUG=true\n# buildguard:ignore BG3001\nAPP_DEBUG=true\n");
        var result = Scan(tree);
        Assert.Equal([2, 4], result.Findings.Select(f => f.Location.Line));
        Assert.Contains("gives no reason", result.Findings[1].Message);
    }

    [Fact]
    public void A_trailing_comment_on_the_same_line_works_in_yaml()
    {
        using var tree = new TempTree().With("docker-compose.yml",
            "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: changeme # buildguard:ignore BG1001 throw-away CI database\n");
        Assert.Empty(Scan(tree).Findings);
    }
}
