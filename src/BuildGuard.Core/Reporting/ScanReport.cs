using System.Reflection;
using BuildGuard.Core.Model;

namespace BuildGuard.Core.Reporting;

/// <summary>
/// Everything a reporter needs, already decided: findings with resolved severities (disabled ones
/// dropped), in a stable order, and the root that output paths are relative to.
/// Reporters read only <see cref="Finding.Message"/>, <see cref="Finding.Key"/>,
/// <see cref="Finding.Fingerprint"/> and locations: never a value.
/// </summary>
public sealed record ScanReport
{
    /// <summary>The scanned directory (absolute). Paths in output are relative to it with '/' separators.</summary>
    public required string RootDirectory { get; init; }

    public required IReadOnlyList<ReportedFinding> Findings { get; init; }

    /// <summary>Every rule with its configured severity, in catalog order (SARIF <c>ruleIndex</c> points into it).</summary>
    public required IReadOnlyList<ReportedRule> Rules { get; init; }

    public IReadOnlyList<ScanNote> Notes { get; init; } = [];

    /// <summary>How many files the engine read; null when the host does not know.</summary>
    public int? FilesScanned { get; init; }

    public string ToolVersion { get; init; } = DefaultToolVersion;

    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);

    public int InfoCount => Findings.Count(f => f.Severity == Severity.Message);

    /// <summary>
    /// Resolves every finding's severity with <paramref name="policy"/>, drops the disabled ones and
    /// sorts by path, line, column and code so that output is deterministic.
    /// </summary>
    public static ScanReport Create(
        string rootDirectory,
        IEnumerable<Finding> findings,
        SeverityPolicy policy,
        IReadOnlyList<ScanNote>? notes = null,
        int? filesScanned = null,
        IReadOnlyList<RuleDescriptor>? rules = null)
    {
        var root = Path.GetFullPath(rootDirectory);
        var reported = findings
            .Select(f => new ReportedFinding(f, policy.Resolve(f.Rule)))
            .Where(f => f.Severity != Severity.None)
            .OrderBy(f => ReportPaths.Relative(root, f.Finding.Location.FilePath) ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Location.Line)
            .ThenBy(f => f.Finding.Location.Column)
            .ThenBy(f => f.Finding.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Message, StringComparer.Ordinal)
            .ToList();

        return new ScanReport
        {
            RootDirectory = root,
            Findings = reported,
            Rules = (rules ?? RuleCatalog.All).Select(r => new ReportedRule(r, policy.Resolve(r))).ToList(),
            Notes = notes ?? [],
            FilesScanned = filesScanned,
        };
    }

    /// <summary>The path of <paramref name="filePath"/> relative to <see cref="RootDirectory"/> with '/', or null when there is no file.</summary>
    public string? RelativePath(string? filePath) => ReportPaths.Relative(RootDirectory, filePath);

    private static string DefaultToolVersion { get; } = ReadVersion(typeof(ScanReport).Assembly);

    /// <summary>An assembly's informational version without the "+commit" suffix.</summary>
    public static string ReadVersion(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
