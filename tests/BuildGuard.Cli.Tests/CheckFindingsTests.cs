using System.Text.Json;
using BuildGuard.Cli.Tests.Infrastructure;

namespace BuildGuard.Cli.Tests;

/// <summary>
/// `check` over real files: these need the engine's rules (src/BuildGuard.Core), not just the CLI.
/// Trait Needs=Engine: `dotnet test --filter Needs!=Engine` runs the CLI-only tests.
/// </summary>
[Trait("Needs", "Engine")]
public class CheckFindingsTests
{
    private const string PlaceholderJwt = """
        {
          "Jwt": {
            "Key": "changeme",
            "Issuer": "https://login.example.com"
          }
        }
        """;

    [Fact]
    public async Task Placeholder_secret_exits_1_with_a_BG1001_line()
    {
        using var dir = new TempDirectory();
        dir.Write("appsettings.json", PlaceholderJwt);

        var result = await Tool.RunAsync(["check", dir.Path]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^appsettings\.json\(3,\d+\): error BG1001: .*Jwt:Key"));
        Assert.Matches(@"^BuildGuard: [1-9]\d* errors?, ", result.OutputLines[^1]);
    }

    [Fact]
    public async Task Write_baseline_accepts_current_findings_and_later_checks_report_only_new_ones()
    {
        using var dir = new TempDirectory();
        dir.Write("appsettings.json", PlaceholderJwt);

        var write = await Tool.RunAsync(["check", dir.Path, "--write-baseline"]);
        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.True(File.Exists(Path.Combine(dir.Path, "buildguard.baseline.json")));
        Assert.Equal(0, (await Tool.RunAsync(["check", dir.Path])).ExitCode);

        dir.Write(".env", "DEBUG=true\n");
        var later = await Tool.RunAsync(["check", dir.Path]);
        Assert.True(later.ExitCode == 1, later.ToString());
        Assert.Contains(later.OutputLines, l => l.Contains("error BG3001", StringComparison.Ordinal));
        Assert.DoesNotContain(later.OutputLines, l => l.Contains("BG1001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Findings_in_subfolders_use_forward_slash_paths_in_every_format()
    {
        using var dir = new TempDirectory();
        dir.Write("src/Api/appsettings.json", PlaceholderJwt);

        var text = await Tool.RunAsync(["check", dir.Path]);
        var json = await Tool.RunAsync(["check", dir.Path, "--format", "json"]);
        var sarif = await Tool.RunAsync(["check", dir.Path, "--format", "sarif"]);

        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.Contains(text.OutputLines, l => l.StartsWith("src/Api/appsettings.json(3,", StringComparison.Ordinal));

        using var jsonDocument = JsonDocument.Parse(json.Output);
        var finding = jsonDocument.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "BG1001");
        Assert.Equal("src/Api/appsettings.json", finding.GetProperty("file").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        Assert.Equal("Jwt:Key", finding.GetProperty("key").GetString());

        Assert.Equal(1, sarif.ExitCode);
        SarifSchema.AssertValid(sarif.Output);
        using var sarifDocument = JsonDocument.Parse(sarif.Output);
        var result = sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "BG1001");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Api/appsettings.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public async Task Environment_variables_are_judged_unless_ignored()
    {
        using var dir = new TempDirectory();
        // The app's file names the key and leaves it empty (supplied at deploy time); the environment fills it.
        dir.Write("appsettings.json", """{ "Jwt": { "Key": "", "Issuer": "https://login.example.com" } }""");
        var environment = new Dictionary<string, string> { ["Jwt__Key"] = "changeme" };

        var judged = await Tool.RunAsync(["check", dir.Path], environment);
        var ignored = await Tool.RunAsync(["check", dir.Path, "--ignore-environment"], environment);

        Assert.True(judged.ExitCode == 1, judged.ToString());
        Assert.Contains("BG1001", judged.Output);
        Assert.True(ignored.ExitCode == 0, ignored.ToString());
    }

    [Fact]
    public async Task Environment_option_selects_the_layered_file()
    {
        using var dir = new TempDirectory();
        dir.Write("appsettings.json", """{ "Jwt": { "Key": "" } }""");
        dir.Write("appsettings.Staging.json", PlaceholderJwt);

        var production = await Tool.RunAsync(["check", dir.Path]);
        var staging = await Tool.RunAsync(["check", dir.Path, "--environment", "Staging"]);

        Assert.DoesNotContain("appsettings.Staging.json", production.Output);
        Assert.True(staging.ExitCode == 1, staging.ToString());
        Assert.Contains(staging.OutputLines, l => l.StartsWith("appsettings.Staging.json(3,", StringComparison.Ordinal) && l.Contains("BG1001"));
    }

    [Fact]
    public async Task Warnings_alone_exit_0()
    {
        using var dir = new TempDirectory();
        dir.Write("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Debug" } } }""");

        var result = await Tool.RunAsync(["check", dir.Path]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith("appsettings.json(", StringComparison.Ordinal) && l.Contains(": warning BG3003: "));
    }
}
