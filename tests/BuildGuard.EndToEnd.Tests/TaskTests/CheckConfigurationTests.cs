using BuildGuard.Core.Model;
using BuildGuard.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace BuildGuard.EndToEnd.Tests.TaskTests;

/// <summary>The task as a thin host: findings to MSBuild diagnostics per SeverityPolicy, and nothing escapes.</summary>
public sealed class CheckConfigurationTests
{
    private const string Secret = "hunter2-SECRET-CANARY-7f3a";
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "buildguard-task-tests");
    private static readonly string AppSettings = Path.Combine(Root, "appsettings.json");

    [Fact]
    public void FindingBecomesAnErrorWithCodePositionAndHelpLink()
    {
        var (task, engine) = Create([Placeholder(3, 12)], enforced: true);

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("BG1001", error.Code);
        Assert.Equal(AppSettings, error.File);
        Assert.Equal((3, 12), (error.LineNumber, error.ColumnNumber));
        Assert.Equal(RuleCatalog.PlaceholderSecret.HelpLink, error.HelpLink);
        Assert.Equal("Jwt:Key holds a placeholder {0} (your…(19 chars)).", error.Message);
        Assert.True(task.Completed);
    }

    [Fact]
    public void WholeFileFindingHasNoPosition()
    {
        var finding = new Finding(RuleCatalog.CommittedCredentialFile, SourceLocation.WholeFile(Path.Combine(Root, "hosts.env")), "hosts.env is tracked.");
        var (task, engine) = Create([finding], enforced: true);

        task.Execute();

        var error = Assert.Single(engine.Errors);
        Assert.Equal((0, 0), (error.LineNumber, error.ColumnNumber));
    }

    [Fact]
    public void NotEnforcedReportsWarnings()
    {
        var (task, engine) = Create([Placeholder(3, 12)], enforced: false);

        Assert.True(task.Execute());

        Assert.Empty(engine.Errors);
        Assert.Equal("BG1001", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void VerboseDiagnosticsStayAWarningWhenEnforced()
    {
        var finding = new Finding(RuleCatalog.VerboseDiagnostics, new SourceLocation(AppSettings, 5, 20), "DetailedErrors is true.");
        var (task, engine) = Create([finding], enforced: true);

        Assert.True(task.Execute());

        Assert.Equal("BG3003", Assert.Single(engine.Warnings).Code);
    }

    [Theory]
    [InlineData("NoWarn", "CS1591;BG1001")]
    [InlineData("SeverityOverrides", "BG1001=none;BG1002=")]
    public void CodesCanBeSilenced(string parameter, string value)
    {
        var (task, engine) = Create([Placeholder(3, 12)], enforced: true);
        typeof(CheckConfiguration).GetProperty(parameter)!.SetValue(task, value);

        Assert.True(task.Execute());

        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void WarningsAsErrorsRaisesAWarning()
    {
        var (task, engine) = Create([Placeholder(3, 12)], enforced: false);
        task.WarningsAsErrors = "BG1001";

        Assert.False(task.Execute());

        Assert.Equal("BG1001", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void UnknownSeverityWordIsAWarningAndTheDefaultApplies()
    {
        var (task, engine) = Create([Placeholder(3, 12)], enforced: true);
        task.SeverityOverrides = "BG1001=loud";

        task.Execute();

        Assert.Single(engine.Errors);
        Assert.Contains(engine.Warnings, w => w.Message!.Contains("BuildGuardSeverity_BG1001", StringComparison.Ordinal));
    }

    [Fact]
    public void EngineExceptionBecomesOneWarningWithoutItsMessage()
    {
        var engine = new RecordingBuildEngine();
        var task = new CheckConfiguration
        {
            BuildEngine = engine,
            ProjectDirectory = Root,
            Enforced = true,
            Scan = _ => throw new FormatException($"Could not parse '{Secret}'."),
        };

        Assert.True(task.Execute());

        Assert.Empty(engine.Errors);
        var warning = Assert.Single(engine.Warnings);
        Assert.Contains("BuildGuard could not complete its check", warning.Message);
        Assert.Contains(nameof(FormatException), warning.Message);
        Assert.DoesNotContain(Secret, engine.AllText);
        Assert.False(task.Completed);
    }

    [Fact]
    public void RequestCarriesEnvironmentRequiredKeysAndFilesButNoParameterCarriesValues()
    {
        ScanRequest? seen = null;
        var engine = new RecordingBuildEngine();
        var task = new CheckConfiguration
        {
            BuildEngine = engine,
            ProjectDirectory = Root,
            Environment = "Staging",
            Files = [new TaskItem(AppSettings)],
            RequiredKeys = [new TaskItem("Jwt:Key"), new TaskItem(" jwt:key "), new TaskItem("Smtp:Password")],
            Scan = request => { seen = request; return new ScanResult([], [], []); },
        };

        Assert.True(task.Execute());

        Assert.NotNull(seen);
        Assert.Equal(Path.GetFullPath(Root), seen.RootDirectory);
        Assert.Equal("Staging", seen.Environment);
        Assert.Equal(["Jwt:Key", "Smtp:Password"], seen.RequiredKeys);
        Assert.Equal([AppSettings], seen.Files!);
        Assert.Contains("PATH", seen.EnvironmentVariables.Keys, StringComparer.OrdinalIgnoreCase);

        // Binary logs record every task parameter: none may be a way to pass a value in or out.
        var parameters = typeof(CheckConfiguration).GetProperties()
            .Where(p => p.DeclaringType == typeof(CheckConfiguration) && p.GetMethod!.IsPublic)
            .Select(p => p.Name)
            .ToArray();
        Assert.DoesNotContain(parameters, p => p.Contains("Variable", StringComparison.OrdinalIgnoreCase) || p.Contains("Secret", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(typeof(CheckConfiguration).GetProperties(), p => p.GetCustomAttributes(typeof(OutputAttribute), false).Length > 0 && p.PropertyType != typeof(bool));
    }

    [Fact]
    public void NotesAreLowImportanceMessages()
    {
        var (task, engine) = Create([], enforced: true, notes: [new ScanNote("git is not available; BG5001 skipped.")]);

        task.Execute();

        var note = Assert.Single(engine.Messages, m => m.Message!.Contains("BG5001 skipped", StringComparison.Ordinal));
        Assert.Equal(MessageImportance.Low, note.Importance);
        Assert.StartsWith("BuildGuard: ", note.Message);
    }

    [Fact]
    public void PublishFilesReachTheEngineAndPublishFindingsOnlyFiltersTheRest()
    {
        ScanRequest? seen = null;
        var pfx = Path.Combine(Root, "server.pfx");
        var published = new Finding(RuleCatalog.CredentialFileInPublish, SourceLocation.WholeFile(pfx), "server.pfx would be published.");
        var engine = new RecordingBuildEngine();
        var file = new TaskItem(pfx);
        file.SetMetadata("RelativePath", "certs/server.pfx");
        var task = new CheckConfiguration
        {
            BuildEngine = engine,
            ProjectDirectory = Root,
            Enforced = true,
            PublishFiles = [file, new TaskItem(Path.Combine(Root, "no-relative-path.txt"))],
            PublishFindingsOnly = true,
            Scan = request => { seen = request; return new ScanResult([Placeholder(3, 12), published], [], []); },
        };

        Assert.False(task.Execute());

        Assert.Equal([new PublishedFile(pfx, "certs/server.pfx")], seen!.PublishFiles);
        Assert.Equal("BG5002", Assert.Single(engine.Errors).Code);
    }

    private static Finding Placeholder(int line, int column) =>
        new(RuleCatalog.PlaceholderSecret, new SourceLocation(AppSettings, line, column),
            "Jwt:Key holds a placeholder {0} (your…(19 chars)).", "Jwt:Key", "your…(19 chars)");

    private static (CheckConfiguration Task, RecordingBuildEngine Engine) Create(Finding[] findings, bool enforced, ScanNote[]? notes = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new CheckConfiguration
        {
            BuildEngine = engine,
            ProjectDirectory = Root,
            Enforced = enforced,
            Scan = _ => new ScanResult(findings, notes ?? [], [AppSettings]),
        };
        return (task, engine);
    }
}
