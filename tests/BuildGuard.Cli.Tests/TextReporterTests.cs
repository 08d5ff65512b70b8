using BuildGuard.Core.Model;
using BuildGuard.Core.Reporting;

namespace BuildGuard.Cli.Tests;

public class TextReporterTests
{
    [Fact]
    public void Writes_canonical_lines_sorted_by_path_then_a_summary()
    {
        var text = Reporters.Render(ReportFormat.Text, ReportFixture.Create());

        Assert.Equal(
            [
                "error BG2001: Required key 'Stripe:ApiKey' is missing.",
                "../.env: warning BG5003: '.env' is not covered by a .gitignore rule.",
                ".env: error BG5001: '.env' is tracked by git.",
                "appsettings.json(3,12): error BG1001: 'Jwt:Key' holds a placeholder (chan…(8 chars)); run 'dotnet buildguard keygen'.",
                "config/appsettings.Production.json(5,7): warning BG3003: 'Logging:LogLevel:Default' is Debug in the Production view.",
                "src/My App/notes.txt(2,1): error BG1003: A private key block is committed.",
                "BuildGuard: 4 errors, 2 warnings (7 files scanned).",
            ],
            text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Whole_file_findings_have_no_position()
    {
        var text = Reporters.Render(ReportFormat.Text, ReportFixture.Create());

        Assert.Contains("\n.env: error BG5001:", text);
        Assert.DoesNotContain(".env(0,0)", text);
        Assert.DoesNotContain("(0,", text);
    }

    [Fact]
    public void Paths_use_forward_slashes_relative_to_the_root()
    {
        var text = Reporters.Render(ReportFormat.Text, ReportFixture.Create());

        Assert.DoesNotContain("\\", text);
        Assert.DoesNotContain(ReportFixture.Root, text);
        Assert.Contains("config/appsettings.Production.json(5,7)", text);
    }

    [Fact]
    public void Disabled_rules_are_left_out_and_not_counted()
    {
        var policy = new SeverityPolicy(enforced: true, noWarn: ["BG1001", "BG3003"]);

        var text = Reporters.Render(ReportFormat.Text, ReportFixture.Create(policy));

        Assert.DoesNotContain("BG1001", text);
        Assert.DoesNotContain("BG3003", text);
        Assert.EndsWith("BuildGuard: 3 errors, 1 warning (7 files scanned).\n", text);
    }

    [Fact]
    public void Info_severity_is_named_info_and_counted()
    {
        var policy = new SeverityPolicy(enforced: true, overrides: new Dictionary<string, Severity> { ["BG1003"] = Severity.Message });

        var text = Reporters.Render(ReportFormat.Text, ReportFixture.Create(policy));

        Assert.Contains("src/My App/notes.txt(2,1): info BG1003:", text);
        Assert.EndsWith("BuildGuard: 3 errors, 2 warnings, 1 info message (7 files scanned).\n", text);
    }

    [Fact]
    public void No_findings_says_so()
    {
        var report = ScanReport.Create(ReportFixture.Root, [], new SeverityPolicy(enforced: true), filesScanned: 1);

        Assert.Equal("BuildGuard: no problems found (1 file scanned).\n", Reporters.Render(ReportFormat.Text, report));
    }

    [Fact]
    public void A_line_without_column_shows_the_line_only()
    {
        var finding = new Finding(RuleCatalog.DebugEnabled, new SourceLocation(ReportFixture.In(".env.production"), 4, 0), "DEBUG is on.", Key: "DEBUG");
        var report = ScanReport.Create(ReportFixture.Root, [finding], new SeverityPolicy(enforced: true));

        Assert.StartsWith(".env.production(4): error BG3001: DEBUG is on.\n", Reporters.Render(ReportFormat.Text, report));
    }
}
