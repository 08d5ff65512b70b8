using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BuildGuard.Core.Model;

namespace BuildGuard.Core.Reporting;

/// <summary>
/// SARIF 2.1.0 (OASIS): one run; <c>tool.driver</c> lists every rule (catalog order, so <c>ruleIndex</c>
/// is stable); each result has <c>ruleId</c>, <c>ruleIndex</c>, <c>level</c>, <c>message.text</c> and, when
/// the finding has a file, a location whose <c>uri</c> is relative to PATH ('/' separators, percent-escaped)
/// with <c>uriBaseId</c> <c>%SRCROOT%</c>; <c>region</c> is omitted for whole-file findings.
/// <c>partialFingerprints</c> carries a SHA-256 of rule, file, key and the already-masked fingerprint:
/// stable across line moves, and never a value.
/// </summary>
public sealed class SarifReporter : IReporter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string SarifVersion = "2.1.0";
    public const string SourceRootBaseId = "%SRCROOT%";
    public const string FingerprintName = "buildGuardFinding/v1";

    public void Write(ScanReport report, TextWriter writer) => JsonOutput.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", SarifVersion);
        json.WriteStartArray("runs");
        WriteRun(json, report);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteRun(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        if (report.Notes.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var note in report.Notes)
            {
                WriteNote(json, report, note);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootBaseId);
        json.WriteString("uri", DirectoryUri(report.RootDirectory));
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            WriteResult(json, report, finding);
        }

        json.WriteEndArray();

        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, ReportedRule reported)
    {
        var rule = reported.Rule;
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteString("name", RuleName(rule));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Description);
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpLink);
        json.WriteStartObject("defaultConfiguration");
        if (reported.Severity == Severity.None)
        {
            json.WriteBoolean("enabled", false);
        }

        json.WriteString("level", SeverityText.SarifLevel(reported.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ScanReport report, ReportedFinding reported)
    {
        var finding = reported.Finding;
        var ruleIndex = IndexOf(report.Rules, finding.Code);
        var relativePath = report.RelativePath(finding.Location.FilePath);

        json.WriteStartObject();
        json.WriteString("ruleId", finding.Code);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", SeverityText.SarifLevel(reported.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();

        if (relativePath is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysicalLocation(json, relativePath, finding.Location);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, FingerprintHash(finding, relativePath));
        json.WriteEndObject();

        if (finding.Key is not null || finding.Fingerprint is not null)
        {
            json.WriteStartObject("properties");
            if (finding.Key is not null)
            {
                json.WriteString("key", finding.Key);
            }

            if (finding.Fingerprint is not null)
            {
                json.WriteString("maskedValue", finding.Fingerprint);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteNote(Utf8JsonWriter json, ScanReport report, ScanNote note)
    {
        json.WriteStartObject();
        json.WriteString("level", "note");
        json.WriteStartObject("message");
        json.WriteString("text", note.Text);
        json.WriteEndObject();
        if (report.RelativePath(note.FilePath) is { } path)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysicalLocation(json, path, SourceLocation.WholeFile(path));
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string relativePath, SourceLocation location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(relativePath));
        json.WriteString("uriBaseId", SourceRootBaseId);
        json.WriteEndObject();
        if (location.HasRegion)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            if (location.Column > 0)
            {
                json.WriteNumber("startColumn", location.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>"Placeholder secret" → "PlaceholderSecret", ".env not ignored" → "EnvNotIgnored".</summary>
    public static string RuleName(RuleDescriptor rule)
    {
        var name = new StringBuilder();
        foreach (var word in rule.Title.Split(c => !char.IsLetterOrDigit(c)))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return name.ToString();
    }

    /// <summary>A relative path as a URI reference: each segment percent-escaped, '/' between them.</summary>
    public static string RelativeUri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(s => s is "." or ".." ? s : Uri.EscapeDataString(s)));

    private static string DirectoryUri(string directory)
    {
        var path = Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
        return new Uri(path).AbsoluteUri;
    }

    /// <summary>
    /// Stable identity of a finding for result matching across runs: rule, file, key (or message) and the
    /// masked fingerprint, hashed. No line number (an edit above the finding must not make it "new"), no value.
    /// </summary>
    private static string FingerprintHash(Finding finding, string? relativePath)
    {
        var identity = string.Join('\n', finding.Code, relativePath ?? string.Empty, finding.Key ?? finding.Message, finding.Fingerprint ?? string.Empty);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity))).ToLowerInvariant();
    }

    private static int IndexOf(IReadOnlyList<ReportedRule> rules, string code)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (string.Equals(rules[i].Rule.Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

file static class StringSplitExtensions
{
    public static IEnumerable<string> Split(this string text, Func<char, bool> isSeparator)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || isSeparator(text[i]);
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
