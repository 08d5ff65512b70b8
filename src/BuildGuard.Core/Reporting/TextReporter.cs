using System.Globalization;
using BuildGuard.Core.Model;

namespace BuildGuard.Core.Reporting;

/// <summary>
/// MSBuild's canonical error format, so editors and CI log parsers pick the lines up:
/// <code>
/// appsettings.json(3,12): error BG1001: message
/// .env: error BG5001: message            (whole-file finding: no position)
/// error BG2001: message                  (no file: e.g. an environment variable)
/// BuildGuard: 2 errors, 1 warning (14 files scanned).
/// </code>
/// </summary>
public sealed class TextReporter : IReporter
{
    public void Write(ScanReport report, TextWriter writer)
    {
        foreach (var finding in report.Findings)
        {
            writer.WriteLine(FormatLine(report, finding));
        }

        writer.WriteLine(Summary(report));
    }

    public static string FormatLine(ScanReport report, ReportedFinding reported)
    {
        var finding = reported.Finding;
        var origin = Origin(report.RelativePath(finding.Location.FilePath), finding.Location);
        var diagnostic = $"{SeverityText.Name(reported.Severity)} {finding.Code}: {finding.Message}";
        return origin is null ? diagnostic : $"{origin}: {diagnostic}";
    }

    /// <summary>The one-line summary, e.g. "BuildGuard: 2 errors, 1 warning (14 files scanned)."</summary>
    public static string Summary(ScanReport report)
    {
        var files = report.FilesScanned is { } count ? $" ({Plural(count, "file")} scanned)" : string.Empty;
        if (report.Findings.Count == 0)
        {
            return $"BuildGuard: no problems found{files}.";
        }

        var parts = new List<string> { Plural(report.ErrorCount, "error"), Plural(report.WarningCount, "warning") };
        if (report.InfoCount > 0)
        {
            parts.Add(Plural(report.InfoCount, "info message"));
        }

        return $"BuildGuard: {string.Join(", ", parts)}{files}.";
    }

    private static string? Origin(string? relativePath, SourceLocation location)
    {
        if (relativePath is null)
        {
            return null;
        }

        if (!location.HasRegion)
        {
            return relativePath;
        }

        return location.Column > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{relativePath}({location.Line},{location.Column})")
            : string.Create(CultureInfo.InvariantCulture, $"{relativePath}({location.Line})");
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
