using Microsoft.CodeAnalysis;

namespace BuildGuard.CodeRules.Rules;

/// <summary>A rule over one syntax tree: pure, no I/O, safe to run concurrently.</summary>
internal interface ICodeRule
{
    string Code { get; }

    IEnumerable<RuleHit> Analyze(SyntaxTree tree, CodeRuleContext context, CancellationToken cancellationToken);
}
