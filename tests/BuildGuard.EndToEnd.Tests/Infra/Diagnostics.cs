using System.Text.RegularExpressions;

namespace BuildGuard.EndToEnd.Tests.Infra;

/// <summary>
/// One canonical MSBuild diagnostic line: <c>file(line,col): error BG1001: message [project]</c>. MSBuild leaves
/// out the <c>[project]</c> suffix when the file is the project itself (Project is then empty).
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, string Severity, string Code, string Message, string Project, string Text);

public static partial class Diagnostics
{
    /// <summary>The BGxxxx errors and warnings in an output, each once (MSBuild repeats them in its summary).</summary>
    public static IReadOnlyList<Diagnostic> Of(CommandResult result) =>
        result.TrimmedLines
            .Select(line => (line, match: CanonicalLine().Match(line)))
            .Where(x => x.match.Success)
            .Select(x => new Diagnostic(
                x.match.Groups["file"].Value,
                x.match.Groups["line"].Success ? int.Parse(x.match.Groups["line"].Value) : 0,
                x.match.Groups["col"].Success ? int.Parse(x.match.Groups["col"].Value) : 0,
                x.match.Groups["severity"].Value,
                x.match.Groups["code"].Value,
                x.match.Groups["message"].Value,
                x.match.Groups["project"].Value,
                x.line))
            .Distinct()
            .ToArray();

    public static IEnumerable<Diagnostic> Errors(this IEnumerable<Diagnostic> diagnostics, string code) =>
        diagnostics.Where(d => d.Severity == "error" && d.Code == code);

    public static IEnumerable<Diagnostic> Warnings(this IEnumerable<Diagnostic> diagnostics, string code) =>
        diagnostics.Where(d => d.Severity == "warning" && d.Code == code);

    /// <summary>Any mention of a BuildGuard code at all (diagnostics or otherwise).</summary>
    public static IReadOnlyList<string> LinesWithCodes(CommandResult result) =>
        result.Lines.Where(l => AnyCode().IsMatch(l)).ToArray();

    [GeneratedRegex(@"^(?<file>.*?)(\((?<line>\d+),(?<col>\d+)\))?\s*:\s*(?<severity>error|warning) (?<code>BG\d{4})\s*:\s*(?<message>.*?)(\s+\[(?<project>[^\[\]]+)\])?$")]
    private static partial Regex CanonicalLine();

    [GeneratedRegex(@"\bBG\d{4}\b")]
    private static partial Regex AnyCode();
}
