namespace BuildGuard.Core.Reporting;

/// <summary>
/// BuildGuard's own JSON shape (format version 1). Every property is always present; absent data is null.
/// <code>
/// {
///   "version": 1,
///   "tool": { "name": "BuildGuard", "version": "0.1.0", "informationUri": "https://…" },
///   "findings": [
///     {
///       "code": "BG1001", "title": "Placeholder secret", "severity": "error",
///       "file": "config/appsettings.json",   // relative to PATH, '/' separators; null: no file
///       "line": 3, "column": 12,              // 1-based; null for whole-file findings
///       "message": "…", "key": "Jwt:Key",     // key: null when the finding is not about a key
///       "fingerprint": "chan…(8 chars)",      // masked, never the value; null when none
///       "helpLink": "https://…/docs/rules/BG1001.md"
///     }
///   ],
///   "summary": { "errors": 1, "warnings": 0, "infos": 0, "total": 1, "filesScanned": 3 }
/// }
/// </code>
/// </summary>
public sealed class JsonReporter : IReporter
{
    /// <summary>Bumped only on a breaking change of the shape above.</summary>
    public const int FormatVersion = 1;

    public void Write(ScanReport report, TextWriter writer) => JsonOutput.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);

        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", report.ToolVersion);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteEndObject();

        json.WriteStartArray("findings");
        foreach (var reported in report.Findings)
        {
            var finding = reported.Finding;
            var location = finding.Location;
            var file = report.RelativePath(location.FilePath);
            json.WriteStartObject();
            json.WriteString("code", finding.Code);
            json.WriteString("title", finding.Rule.Title);
            json.WriteString("severity", SeverityText.Name(reported.Severity));
            json.WriteStringOrNull("file", file);
            json.WriteNumberOrNull("line", file is not null && location.HasRegion ? location.Line : null);
            json.WriteNumberOrNull("column", file is not null && location.HasRegion && location.Column > 0 ? location.Column : null);
            json.WriteString("message", finding.Message);
            json.WriteStringOrNull("key", finding.Key);
            json.WriteStringOrNull("fingerprint", finding.Fingerprint);
            json.WriteString("helpLink", finding.Rule.HelpLink);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("summary");
        json.WriteNumber("errors", report.ErrorCount);
        json.WriteNumber("warnings", report.WarningCount);
        json.WriteNumber("infos", report.InfoCount);
        json.WriteNumber("total", report.Findings.Count);
        json.WriteNumberOrNull("filesScanned", report.FilesScanned);
        json.WriteEndObject();

        json.WriteEndObject();
    });
}
