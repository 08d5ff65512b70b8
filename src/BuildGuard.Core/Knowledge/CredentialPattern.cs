using System.Text.RegularExpressions;

namespace BuildGuard.Core.Knowledge;

/// <summary>
/// One provider credential format (BG1003). <see cref="Keywords"/> are literal substrings every match
/// contains: a single pass over the text finds them, and the regular expression only runs around a hit.
/// <see cref="DocumentedExamples"/> are values vendors publish in their docs: never findings.
/// <see cref="CommonInExamples"/> formats (JWTs, PEM keys) fill test fixtures and docs with self-made samples,
/// so they are looked for in production files only; provider tokens are real wherever they are.
/// </summary>
public sealed record CredentialPattern(
    string Id,
    string Description,
    string Source,
    string[] Keywords,
    string Pattern,
    string[] TruePositives,
    string[] FalsePositives,
    string[]? DocumentedExamples = null,
    bool CommonInExamples = false)
{
    private Regex? _regex;

    /// <summary>Bounded patterns on the non-backtracking engine: matching stays linear in the window size.</summary>
    public Regex Regex => _regex ??= new Regex(Pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public bool IsDocumentedExample(string match) =>
        DocumentedExamples?.Any(e => match.Contains(e, StringComparison.Ordinal)) == true ||
        match.Contains("EXAMPLE", StringComparison.Ordinal);
}
