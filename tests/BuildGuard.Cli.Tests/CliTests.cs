using System.Text.Json;
using BuildGuard.Cli.Tests.Infrastructure;
using BuildGuard.Core.Model;

namespace BuildGuard.Cli.Tests;

/// <summary>The command line itself, in-process: exit codes, formats, --output. Independent of what the engine finds.</summary>
public class CliTests
{
    [Fact]
    public async Task Rules_lists_every_rule_with_severity_and_help_link()
    {
        var result = await Tool.RunAsync(["rules"]);

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Matches(@"^CODE\s+TITLE\s+SEVERITY\s+HELP$", lines[0]);
        Assert.Equal(RuleCatalog.All.Count + 1, lines.Length);
        foreach (var rule in RuleCatalog.All)
        {
            var line = Assert.Single(lines, l => l.StartsWith(rule.Code + " ", StringComparison.Ordinal));
            Assert.Contains(rule.Title, line);
            Assert.EndsWith(rule.HelpLink, line);
        }

        Assert.Matches(@"^BG1001\s+Placeholder secret\s+error\s+https://", lines.Single(l => l.StartsWith("BG1001")));
        Assert.Matches(@"^BG3003\s+Verbose diagnostics\s+warning\s+https://", lines.Single(l => l.StartsWith("BG3003")));
    }

    [Fact]
    public async Task Check_of_a_clean_folder_exits_0_with_a_summary()
    {
        using var dir = new TempDirectory();
        dir.Write("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } }, "AllowedHosts": "*" }""");

        var result = await Tool.RunAsync(["check", dir.Path]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("BuildGuard: no problems found", result.OutputLines[^1]);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task Check_without_path_scans_the_current_directory()
    {
        using var dir = new TempDirectory();

        var result = await Tool.RunAsync(["check"], currentDirectory: dir.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Check_accepts_a_relative_path_and_a_project_file()
    {
        using var dir = new TempDirectory();
        var project = dir.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");

        Assert.Equal(0, (await Tool.RunAsync(["check", "app"], currentDirectory: dir.Path)).ExitCode);
        Assert.Equal(0, (await Tool.RunAsync(["check", project])).ExitCode);
    }

    [Fact]
    public async Task Missing_path_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "buildguard-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var result = await Tool.RunAsync(["check", missing]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("check", ".", "--format", "xml")]
    [InlineData("check", ".", "--format")]
    [InlineData("check", ".", "--no-such-option")]
    [InlineData("check", ".", "extra-argument")]
    [InlineData("check", ".", "--environment", "")]
    [InlineData("check", ".", "--environment", "../Production")]
    [InlineData("no-such-command")]
    [InlineData("rules", "--format", "json")]
    public async Task Usage_errors_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var result = await Tool.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains("--help' for usage.", result.Error);
    }

    [Fact]
    public async Task No_command_exits_2()
    {
        var result = await Tool.RunAsync([]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'dotnet buildguard --help' for usage.", result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("rules", "-h")]
    public async Task Help_exits_0(params string[] args)
    {
        var result = await Tool.RunAsync(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output);
    }

    [Fact]
    public async Task Check_help_documents_every_option()
    {
        var help = (await Tool.RunAsync(["check", "--help"])).Output;

        foreach (var option in new[] { "--environment", "--format", "--output", "--ignore-environment", "--verbose", "<PATH>" })
        {
            Assert.Contains(option, help);
        }
    }

    [Fact]
    public async Task Json_format_writes_the_documented_shape()
    {
        using var dir = new TempDirectory();

        var result = await Tool.RunAsync(["check", dir.Path, "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("findings").ValueKind);
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Sarif_format_writes_a_schema_valid_log()
    {
        using var dir = new TempDirectory();

        var result = await Tool.RunAsync(["check", dir.Path, "-f", "sarif"]);

        Assert.Equal(0, result.ExitCode);
        SarifSchema.AssertValid(result.Output);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task Output_writes_the_report_to_a_file_and_the_summary_to_stdout(string format)
    {
        using var dir = new TempDirectory();
        using var reports = new TempDirectory(); // outside the scanned folder: the report must not become input
        var output = Path.Combine(reports.Path, "nested", "buildguard." + format);

        var result = await Tool.RunAsync(["check", dir.Path, "--format", format, "--output", output]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(output));
        var content = await File.ReadAllTextAsync(output);
        var expected = (await Tool.RunAsync(["check", dir.Path, "--format", format])).Output;
        Assert.Equal(expected, content);
        Assert.StartsWith("BuildGuard: ", result.OutputLines[0]);
        Assert.Contains("Report written to", result.Output);
        if (format == "sarif")
        {
            SarifSchema.AssertValid(content);
        }
    }

    [Fact]
    public async Task Output_relative_to_the_current_directory()
    {
        using var dir = new TempDirectory();

        var result = await Tool.RunAsync(["check", ".", "-f", "json", "-o", "out.json"], currentDirectory: dir.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out.json")));
    }

    [Fact]
    public async Task Unwritable_output_exits_2()
    {
        using var dir = new TempDirectory();
        var aFile = dir.Write("not-a-folder", "x");

        var intoAFile = await Tool.RunAsync(["check", dir.Path, "--output", Path.Combine(aFile, "report.json")]);
        var ontoAFolder = await Tool.RunAsync(["check", dir.Path, "--output", dir.Path]);

        Assert.True(intoAFile.ExitCode == 2, intoAFile.ToString());
        Assert.Contains("cannot write --output", intoAFile.Error);
        Assert.True(ontoAFolder.ExitCode == 2, ontoAFolder.ToString());
    }

    [Fact]
    public async Task Verbose_writes_to_stderr_and_leaves_stdout_parseable()
    {
        using var dir = new TempDirectory();

        var result = await Tool.RunAsync(["check", dir.Path, "--format", "json", "--verbose"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("scanning", result.Error);
        using var _ = JsonDocument.Parse(result.Output);
    }
}
