using System.Text.Json;
using BuildGuard.Core.Model;
using BuildGuard.Core.Reporting;

namespace BuildGuard.Cli.Tests;

public class JsonReporterTests
{
    private static JsonElement Render(ScanReport? report = null) =>
        JsonDocument.Parse(Reporters.Render(ReportFormat.Json, report ?? ReportFixture.Create())).RootElement.Clone();

    private static JsonElement FindingFor(JsonElement root, string code) =>
        root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == code);

    [Fact]
    public void Top_level_shape_is_version_tool_findings_summary()
    {
        var root = Render();

        Assert.Equal(["version", "tool", "findings", "summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("BuildGuard", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("tool").GetProperty("version").GetString()));
    }

    [Fact]
    public void A_finding_carries_every_documented_property()
    {
        var finding = FindingFor(Render(), "BG1001");

        Assert.Equal(
            ["code", "title", "severity", "file", "line", "column", "message", "key", "fingerprint", "helpLink"],
            finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Placeholder secret", finding.GetProperty("title").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("appsettings.json", finding.GetProperty("file").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        Assert.Equal(12, finding.GetProperty("column").GetInt32());
        Assert.Equal("Jwt:Key", finding.GetProperty("key").GetString());
        Assert.Equal("chan…(8 chars)", finding.GetProperty("fingerprint").GetString());
        Assert.Equal("https://github.com/buildguard/buildguard/blob/main/docs/rules/BG1001.md", finding.GetProperty("helpLink").GetString());
    }

    [Fact]
    public void Whole_file_findings_have_null_line_and_column()
    {
        var finding = FindingFor(Render(), "BG5001");

        Assert.Equal(".env", finding.GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("column").ValueKind);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("key").ValueKind);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("fingerprint").ValueKind);
    }

    [Fact]
    public void Findings_in_no_file_have_null_file()
    {
        var finding = FindingFor(Render(), "BG2001");

        Assert.Equal(JsonValueKind.Null, finding.GetProperty("file").ValueKind);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("line").ValueKind);
    }

    [Fact]
    public void Paths_are_relative_with_forward_slashes()
    {
        var files = Render().GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("file").GetString())
            .OfType<string>()
            .ToList();

        Assert.Equal(["../.env", ".env", "appsettings.json", "config/appsettings.Production.json", "src/My App/notes.txt"], files);
    }

    [Fact]
    public void Summary_counts_by_severity()
    {
        var summary = Render().GetProperty("summary");

        Assert.Equal(4, summary.GetProperty("errors").GetInt32());
        Assert.Equal(2, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(0, summary.GetProperty("infos").GetInt32());
        Assert.Equal(6, summary.GetProperty("total").GetInt32());
        Assert.Equal(7, summary.GetProperty("filesScanned").GetInt32());
    }

    [Fact]
    public void Empty_report_is_valid_with_an_empty_findings_array()
    {
        var root = Render(ScanReport.Create(ReportFixture.Root, [], new SeverityPolicy(enforced: true)));

        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("summary").GetProperty("filesScanned").ValueKind);
    }

    [Fact]
    public void Masks_stay_readable_not_unicode_escaped()
    {
        var json = Reporters.Render(ReportFormat.Json, ReportFixture.Create());

        Assert.Contains("\"chan…(8 chars)\"", json);
        Assert.DoesNotContain("\\u2026", json);
    }
}
