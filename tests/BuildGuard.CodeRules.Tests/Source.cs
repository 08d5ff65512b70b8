using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BuildGuard.CodeRules.Tests;

/// <summary>Test helpers: run the rules over C# text and find where a snippet sits in it.</summary>
internal static class Source
{
    public static IReadOnlyList<CodeFinding> Run(string code) => CodeRuleRunner.Analyze(code, "Program.cs");

    public static IReadOnlyList<CodeFinding> Run(string code, string ruleCode) =>
        Run(code).Where(f => f.Code == ruleCode).ToList();

    /// <summary>Parses with DEBUG defined, as a Debug build would: proves an #if DEBUG negative is not vacuous.</summary>
    public static IReadOnlyList<CodeFinding> RunDebug(string code, string ruleCode)
    {
        var tree = CSharpSyntaxTree.ParseText(code, CodeRuleRunner.ReleaseParseOptions.WithPreprocessorSymbols("DEBUG", "TRACE"), "Program.cs");
        return CodeRuleRunner.Analyze(tree).Where(f => f.Code == ruleCode).ToList();
    }

    /// <summary>1-based line and column of the <paramref name="occurrence"/>-th occurrence of <paramref name="snippet"/>.</summary>
    public static (int Line, int Column) Locate(string code, string snippet, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = code.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{snippet}' not found in the test source");
        }

        var line = code.Take(index).Count(c => c == '\n') + 1;
        var previousNewline = index == 0 ? -1 : code.LastIndexOf('\n', index - 1);
        return (line, index - previousNewline);
    }

    public static CodeFinding Single(string code, string ruleCode)
    {
        var findings = Run(code, ruleCode);
        Assert.True(findings.Count == 1, $"expected one {ruleCode}, got {findings.Count}: " + string.Join(" | ", findings.Select(f => $"({f.Line},{f.Column}) {f.Message}")));
        return findings[0];
    }

    public static void AssertAt(CodeFinding finding, string code, string snippet, int occurrence = 1)
    {
        var (line, column) = Locate(code, snippet, occurrence);
        Assert.True((line, column) == (finding.Line, finding.Column), $"expected ({line},{column}), got ({finding.Line},{finding.Column}): {finding.Message}");
    }

    public static void None(string code, string ruleCode)
    {
        var findings = Run(code, ruleCode);
        Assert.True(findings.Count == 0, $"expected no {ruleCode}: " + string.Join(" | ", findings.Select(f => $"({f.Line},{f.Column}) {f.Message}")));
    }

    public static SyntaxTree Parse(string code, string path) => CodeRuleRunner.Parse(code, path);
}
