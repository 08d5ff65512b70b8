using System.Text.Json;
using BuildGuard.Cli.Tests.Infrastructure;
using BuildGuard.Core.Model;
using BuildGuard.Core.Reporting;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;

namespace BuildGuard.Cli.Tests;

public class SarifReporterTests
{
    private static string Render(ScanReport? report = null) => Reporters.Render(ReportFormat.Sarif, report ?? ReportFixture.Create());

    private static SarifLog Load(string sarif) => JsonConvert.DeserializeObject<SarifLog>(sarif)!;

    private static Result ResultFor(SarifLog log, string code) => log.Runs[0].Results.Single(r => r.RuleId == code);

    [Fact]
    public void Validates_against_the_SARIF_2_1_0_schema()
    {
        SarifSchema.AssertValid(Render());
    }

    [Fact]
    public void An_empty_report_validates_too()
    {
        SarifSchema.AssertValid(Render(ScanReport.Create(ReportFixture.Root, [], new SeverityPolicy(enforced: true))));
    }

    [Fact]
    public void A_report_with_notes_and_disabled_rules_validates()
    {
        var notes = new[] { new ScanNote("Not a git repository: BG5001 skipped."), new ScanNote("Skipped: larger than 2 MiB.", ReportFixture.In("big.json")) };
        var sarif = Render(ReportFixture.Create(new SeverityPolicy(enforced: true, noWarn: ["BG1002"]), notes));

        SarifSchema.AssertValid(sarif);
        var invocation = Load(sarif).Runs[0].Invocations.Single();
        Assert.Equal(2, invocation.ToolExecutionNotifications.Count);
        Assert.Equal("big.json", invocation.ToolExecutionNotifications[1].Locations[0].PhysicalLocation.ArtifactLocation.Uri.OriginalString);
    }

    [Fact]
    public void The_schema_validator_rejects_an_invalid_log()
    {
        // Guards against a validator that accepts anything.
        var broken = Render().Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal);

        Assert.NotEmpty(SarifSchema.Validate(broken));
        Assert.NotEmpty(SarifSchema.Validate("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": { } } } ] }"""));
    }

    [Fact]
    public void Has_schema_version_and_one_run_by_BuildGuard()
    {
        using var document = JsonDocument.Parse(Render());
        var root = document.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifReporter.SchemaUri, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("BuildGuard", driver.GetProperty("name").GetString());
        Assert.Equal("https://github.com/buildguard/buildguard", driver.GetProperty("informationUri").GetString());
    }

    [Fact]
    public void Round_trips_through_the_SARIF_SDK()
    {
        var log = Load(Render());

        Assert.Equal(SarifVersion.Current, log.Version);
        var run = Assert.Single(log.Runs);
        Assert.Equal("BuildGuard", run.Tool.Driver.Name);
        Assert.Equal(6, run.Results.Count);

        var placeholder = ResultFor(log, "BG1001");
        Assert.Equal(FailureLevel.Error, placeholder.Level);
        Assert.StartsWith("'Jwt:Key' holds a placeholder", placeholder.Message.Text);
        var location = placeholder.Locations[0].PhysicalLocation;
        Assert.Equal("appsettings.json", location.ArtifactLocation.Uri.OriginalString);
        Assert.Equal("%SRCROOT%", location.ArtifactLocation.UriBaseId);
        Assert.Equal(3, location.Region.StartLine);
        Assert.Equal(12, location.Region.StartColumn);

        Assert.Equal(FailureLevel.Warning, ResultFor(log, "BG3003").Level);
        Assert.True(run.OriginalUriBaseIds["%SRCROOT%"].Uri.IsAbsoluteUri);
    }

    [Fact]
    public void Rules_list_the_whole_catalog_and_ruleIndex_points_at_the_result_rule()
    {
        var log = Load(Render());
        var rules = log.Runs[0].Tool.Driver.Rules;

        Assert.Equal(RuleCatalog.All.Select(r => r.Code), rules.Select(r => r.Id));
        foreach (var result in log.Runs[0].Results)
        {
            Assert.Equal(result.RuleId, rules[result.RuleIndex].Id);
        }

        var bg1001 = rules.Single(r => r.Id == "BG1001");
        Assert.Equal("PlaceholderSecret", bg1001.Name);
        Assert.Equal("Placeholder secret", bg1001.ShortDescription.Text);
        Assert.Equal("https://github.com/buildguard/buildguard/blob/main/docs/rules/BG1001.md", bg1001.HelpUri.OriginalString);
        Assert.Equal(FailureLevel.Error, bg1001.DefaultConfiguration.Level);
        Assert.Equal(FailureLevel.Warning, rules.Single(r => r.Id == "BG5003").DefaultConfiguration.Level);
        Assert.Equal("EnvNotIgnored", rules.Single(r => r.Id == "BG5003").Name);
    }

    [Fact]
    public void Whole_file_findings_have_a_location_without_region()
    {
        var location = ResultFor(Load(Render()), "BG5001").Locations.Single().PhysicalLocation;

        Assert.Equal(".env", location.ArtifactLocation.Uri.OriginalString);
        Assert.Null(location.Region);
    }

    [Fact]
    public void Findings_in_no_file_have_no_location()
    {
        var result = ResultFor(Load(Render()), "BG2001");

        Assert.True(result.Locations is null || result.Locations.Count == 0);
    }

    [Fact]
    public void Uris_are_relative_with_forward_slashes_and_escaped()
    {
        var uris = Load(Render()).Runs[0].Results
            .Where(r => r.Locations?.Count > 0)
            .Select(r => r.Locations[0].PhysicalLocation.ArtifactLocation.Uri.OriginalString)
            .ToList();

        Assert.Equal(["../.env", ".env", "appsettings.json", "config/appsettings.Production.json", "src/My%20App/notes.txt"], uris);
    }

    [Fact]
    public void Partial_fingerprints_are_hashes_not_values()
    {
        var log = Load(Render());

        foreach (var result in log.Runs[0].Results)
        {
            var hash = result.PartialFingerprints[SarifReporter.FingerprintName];
            Assert.Matches("^[0-9a-f]{64}$", hash);
        }

        // Stable when the finding moves to another line.
        var moved = ReportFixture.Findings.Select(f => f with { Location = f.Location with { Line = f.Location.Line + 10 } });
        var movedLog = Load(Render(ScanReport.Create(ReportFixture.Root, moved, new SeverityPolicy(enforced: true))));
        Assert.Equal(
            log.Runs[0].Results.Select(r => r.PartialFingerprints[SarifReporter.FingerprintName]).Order(),
            movedLog.Runs[0].Results.Select(r => r.PartialFingerprints[SarifReporter.FingerprintName]).Order());
    }
}
