using BuildGuard.CodeRules;
using BuildGuard.Core.Discovery;
using BuildGuard.Core.Engine;
using BuildGuard.Core.Model;

namespace BuildGuard.Cli;

/// <summary>
/// The C# code rules (BG1004, BG4002, BG3003's code shape) over the .cs files the scan read, parsed as a
/// Release build parses them (no DEBUG symbol): the same rule classes the package's analyzer runs in the compiler.
/// </summary>
internal sealed class CSharpCodeRules : ISourceRule
{
    public IEnumerable<Finding> Evaluate(IReadOnlyList<SourceFile> files)
    {
        var trees = files
            .Where(f => f.Kind == FileKind.Text && f.Path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            .Select(f => CodeRuleRunner.Parse(f.Text, f.Path))
            .ToList();
        if (trees.Count == 0)
        {
            return [];
        }

        // One context over every file: a constant declared in one file and used in another is still found.
        var context = CodeRuleContext.Create(trees);
        return trees
            .SelectMany(tree => CodeRuleRunner.Analyze(tree, context))
            .Select(f => RuleCatalog.Find(f.Code) is { } rule
                ? new Finding(rule, new SourceLocation(f.FilePath, f.Line, f.Column), f.Message)
                : null)
            .OfType<Finding>()
            .ToList();
    }
}
