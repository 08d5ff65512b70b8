using BuildGuard.CodeRules.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BuildGuard.CodeRules;

/// <summary>
/// Runs BuildGuard's C# rules (BG1004, BG4002, BG3003) over syntax trees. The CLI parses files itself and calls
/// <see cref="Analyze(SyntaxTree, CodeRuleContext?, CancellationToken)"/>; the analyzer
/// (<see cref="BuildGuardCodeAnalyzer"/>) runs the same rules on the compiler's trees.
/// </summary>
public static class CodeRuleRunner
{
    private static readonly ICodeRule[] Rules =
    {
        new PlaceholderFallbackRule(),
        new VerboseDiagnosticsCodeRule(),
        new WildcardCorsCodeRule(),
    };

    /// <summary>
    /// How the CLI should parse files so the result matches a Release build: latest language version, RELEASE and
    /// TRACE defined and DEBUG not, so code inside <c>#if DEBUG</c> is inactive text that no rule sees.
    /// </summary>
    public static CSharpParseOptions ReleaseParseOptions { get; } =
        new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular, new[] { "RELEASE", "TRACE" });

    /// <summary>Parses <paramref name="text"/> with <see cref="ReleaseParseOptions"/>.</summary>
    public static SyntaxTree Parse(string text, string path = "", CancellationToken cancellationToken = default) =>
        CSharpSyntaxTree.ParseText(text, ReleaseParseOptions, path, cancellationToken: cancellationToken);

    /// <summary>Parses and analyzes one file's text (its own context: constants used in the same file).</summary>
    public static IReadOnlyList<CodeFinding> Analyze(string text, string path = "", CancellationToken cancellationToken = default) =>
        Analyze(Parse(text, path, cancellationToken), null, cancellationToken);

    /// <summary>
    /// Runs every code rule over one tree, findings ordered by position. <paramref name="context"/> tells which
    /// constants the project uses as keys/passwords (<see cref="CodeRuleContext.Create"/> over all of its trees);
    /// without it, the tree alone is the context.
    /// </summary>
    public static IReadOnlyList<CodeFinding> Analyze(SyntaxTree tree, CodeRuleContext? context = null, CancellationToken cancellationToken = default)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        return Hits(tree, context, cancellationToken).Select(hit => ToFinding(tree, hit)).ToList();
    }

    /// <summary>
    /// Rule hits for one tree, deduplicated (a literal reached by two shapes is one finding) and in position order.
    /// A rule that fails on unusual syntax loses that tree's findings instead of failing the build (an analyzer
    /// exception is AD0001, an error under TreatWarningsAsErrors); tests pass <paramref name="rethrow"/> to see it.
    /// </summary>
    internal static IEnumerable<RuleHit> Hits(SyntaxTree tree, CodeRuleContext? context, CancellationToken cancellationToken, bool rethrow = false)
    {
        context ??= CodeRuleContext.Create(new[] { tree }, cancellationToken);
        var seen = new HashSet<(string, int, int)>();
        var hits = new List<RuleHit>();
        foreach (var rule in Rules)
        {
            List<RuleHit> ruleHits;
            try
            {
                ruleHits = rule.Analyze(tree, context, cancellationToken).ToList();
            }
            catch (Exception exception) when (!rethrow && exception is not OperationCanceledException)
            {
                continue;
            }

            foreach (var hit in ruleHits)
            {
                if (seen.Add((hit.Code, hit.Span.Start, hit.Span.Length)))
                {
                    hits.Add(hit);
                }
            }
        }

        return hits.OrderBy(h => h.Span.Start).ThenBy(h => h.Code, StringComparer.Ordinal);
    }

    private static CodeFinding ToFinding(SyntaxTree tree, RuleHit hit)
    {
        var span = tree.GetLineSpan(hit.Span);
        return new CodeFinding(hit.Code, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, hit.Message)
        {
            EndLine = span.EndLinePosition.Line + 1,
            EndColumn = span.EndLinePosition.Character + 1,
            AlwaysError = hit.AlwaysError,
            FilePath = tree.FilePath ?? string.Empty,
            Start = hit.Span.Start,
            Length = hit.Span.Length,
        };
    }
}
