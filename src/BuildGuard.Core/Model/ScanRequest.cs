namespace BuildGuard.Core.Model;

/// <summary>What to scan. Built by a host (MSBuild task or CLI) from its own inputs.</summary>
public sealed record ScanRequest
{
    /// <summary>The project (task) or the PATH argument (CLI). Absolute.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>The ASP.NET Core environment whose view is judged (appsettings.{Environment}.json, .env.{environment}).</summary>
    public string Environment { get; init; } = "Production";

    /// <summary>The build's environment variables, layered last as ASP.NET Core does. Values are judged, never printed.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>Keys that must be present and non-empty (from &lt;BuildGuardRequiredKey&gt; items); always enforced.</summary>
    public IReadOnlyList<string> RequiredKeys { get; init; } = [];

    /// <summary>
    /// The project file, when a build asks: findings that have no file of their own (a required key
    /// declared by an item, a value that came from an environment variable) are reported against it.
    /// </summary>
    public string? ProjectFile { get; init; }

    /// <summary>
    /// How to know which files git tracks: ask git (default), or treat every file as tracked (a
    /// checkout whose files are all committed upstream, such as a regression corpus).
    /// </summary>
    public TrackingMode Tracking { get; init; } = TrackingMode.Git;

    /// <summary>The files about to be published (publish builds): source path and path inside the output.</summary>
    public IReadOnlyList<PublishedFile> PublishFiles { get; init; } = [];

    /// <summary>Honour buildguard.baseline.json (off when the baseline itself is being rewritten).</summary>
    public bool UseBaseline { get; init; } = true;

    /// <summary>Host-provided rules over the files read (the CLI's Roslyn code rules).</summary>
    public IReadOnlyList<Engine.ISourceRule> SourceRules { get; init; } = [];

    /// <summary>When set, the files to scan (already discovered by the host); otherwise Discovery walks <see cref="RootDirectory"/>.</summary>
    public IReadOnlyList<string>? Files { get; init; }
}

public enum TrackingMode
{
    Git,
    AssumeAllTracked,
}

/// <summary>A file the publish will copy: where it comes from and where it lands (relative to the publish folder).</summary>
public sealed record PublishedFile(string SourcePath, string RelativePath);
