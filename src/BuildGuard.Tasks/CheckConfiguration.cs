using System.Collections;
using BuildGuard.Core.Engine;
using BuildGuard.Core.Model;
using Microsoft.Build.Framework;

namespace BuildGuard.Tasks;

/// <summary>
/// Runs the BuildGuard engine over a project and reports each finding as an MSBuild error, warning or
/// message with its code, file, line, column and help link. A thin host: every decision about what is a
/// finding lives in BuildGuard.Core. Secret values never pass through this task's parameters: the
/// environment variables are read here, and findings carry masked fingerprints only.
/// </summary>
public sealed class CheckConfiguration : Microsoft.Build.Utilities.Task
{
    /// <summary>The project directory (<c>$(MSBuildProjectDirectory)</c>).</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>
    /// The project file (<c>$(MSBuildProjectFullPath)</c>): findings with no file of their own (a required key
    /// declared by an item, a value from an environment variable) are reported against it.
    /// </summary>
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary>The files to scan, as listed by <see cref="DiscoverInputs"/>. When empty, the engine discovers them itself.</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>
    /// The files a publish is about to copy (<c>@(ResolvedFileToPublish)</c>: source path, with the
    /// <c>RelativePath</c> metadata giving the path inside the publish folder). Empty outside publish.
    /// </summary>
    public ITaskItem[] PublishFiles { get; set; } = [];

    /// <summary>
    /// Report only findings about the files being published (BG5002): set when the build phase of the same
    /// run has already reported everything else in enforced mode.
    /// </summary>
    public bool PublishFindingsOnly { get; set; }

    /// <summary>The ASP.NET Core environment whose configuration view is judged (<c>$(BuildGuardEnvironment)</c>).</summary>
    public string Environment { get; set; } = "Production";

    /// <summary>Release build, publish or <c>BuildGuardEnforce=true</c>: rules report at their enforced severity.</summary>
    public bool Enforced { get; set; }

    /// <summary>Configuration keys that must be present and non-empty (<c>@(BuildGuardRequiredKey)</c>).</summary>
    public ITaskItem[] RequiredKeys { get; set; } = [];

    public string NoWarn { get; set; } = string.Empty;

    public string WarningsAsErrors { get; set; } = string.Empty;

    public string WarningsNotAsErrors { get; set; } = string.Empty;

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>
    /// Per-code severities, <c>BG1001=error;BG1002=;…</c> composed from the <c>BuildGuardSeverity_BGxxxx</c>
    /// properties. Empty values mean "default".
    /// </summary>
    public string SeverityOverrides { get; set; } = string.Empty;

    /// <summary>The engine entry point; tests substitute it.</summary>
    internal Func<ScanRequest, ScanResult> Scan { get; init; } = Scanner.Scan;

    /// <summary>True when the check ran to completion (whatever it found); false when it could not run.</summary>
    [Output]
    public bool Completed { get; private set; }

    public override bool Execute()
    {
        try
        {
            var policy = new SeverityPolicy(
                Enforced,
                SeverityPolicy.SplitCodes(NoWarn),
                SeverityPolicy.SplitCodes(WarningsAsErrors),
                TreatWarningsAsErrors,
                SeverityPolicy.SplitCodes(WarningsNotAsErrors),
                ParseOverrides(SeverityOverrides));

            var request = new ScanRequest
            {
                RootDirectory = Path.GetFullPath(ProjectDirectory),
                ProjectFile = string.IsNullOrWhiteSpace(ProjectFile) ? null : Path.GetFullPath(ProjectFile),
                Environment = string.IsNullOrWhiteSpace(Environment) ? "Production" : Environment.Trim(),
                EnvironmentVariables = ReadEnvironment(),
                RequiredKeys = RequiredKeys.Select(k => k.ItemSpec.Trim()).Where(k => k.Length > 0)
                    .Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                Files = Files.Length == 0 ? null : Files.Select(f => f.GetMetadata("FullPath")).ToArray(),
                PublishFiles = PublishFiles
                    .Where(f => !string.IsNullOrEmpty(f.GetMetadata("RelativePath")))
                    .Select(f => new PublishedFile(f.GetMetadata("FullPath"), f.GetMetadata("RelativePath")))
                    .ToArray(),
            };

            var result = Scan(request);

            foreach (var note in result.Notes)
            {
                MSBuildLog.Note(Log, note);
            }

            var reported = 0;
            foreach (var finding in result.Findings
                         .Where(f => !PublishFindingsOnly || f.Rule.Code == RuleCatalog.CredentialFileInPublish.Code)
                         .OrderBy(f => f.Location.FilePath, StringComparer.Ordinal)
                         .ThenBy(f => f.Location.Line)
                         .ThenBy(f => f.Location.Column))
            {
                if (MSBuildLog.Finding(Log, finding, policy.Resolve(finding.Rule)))
                {
                    reported++;
                }
            }

            Log.LogMessage(MessageImportance.Normal,
                $"BuildGuard checked {result.InputFiles.Count} file(s) for the {request.Environment} environment " +
                $"({(Enforced ? "enforced" : "not enforced")}): {reported} finding(s) reported.");
            Completed = true;
        }
        catch (Exception ex)
        {
            MSBuildLog.InternalFailure(Log, "complete its check", ex);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The build's environment variables. Read inside the task so that no value is ever a task input.</summary>
    private static IReadOnlyDictionary<string, string> ReadEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                variables[name] = value;
            }
        }

        return variables;
    }

    private Dictionary<string, Severity> ParseOverrides(string list)
    {
        var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in list.Split([';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=');
            if (separator <= 0)
            {
                continue;
            }

            var code = pair[..separator].Trim();
            var text = pair[(separator + 1)..].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (SeverityPolicy.ParseSeverity(text) is { } severity)
            {
                overrides[code] = severity;
            }
            else
            {
                Log.LogWarning(
                    $"BuildGuardSeverity_{code} is '{text}', which is not a severity (error, warning, message or none); " +
                    $"{code} keeps its default severity.");
            }
        }

        return overrides;
    }
}
