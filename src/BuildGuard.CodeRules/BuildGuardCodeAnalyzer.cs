using System.Collections.Immutable;
using BuildGuard.CodeRules.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BuildGuard.CodeRules;

/// <summary>
/// The code rules as a Roslyn analyzer: the compiler reports BG1004, BG4002 and BG3003 with no second parse, and
/// the IDE shows them as you type. Descriptors default to Warning; the package raises them to errors in enforced
/// builds with a global analyzer config. AllowAnyOrigin()/SetIsOriginAllowed(_ =&gt; true) with AllowCredentials()
/// uses a second BG4002 descriptor whose default is Error. #pragma warning disable, NoWarn and .editorconfig
/// severities apply as to any analyzer diagnostic.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BuildGuardCodeAnalyzer : DiagnosticAnalyzer
{
    private const string Category = "Security";

    public static readonly DiagnosticDescriptor PlaceholderFallback = Create(CodeRuleInfo.PlaceholderFallback, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor VerboseDiagnostics = Create(CodeRuleInfo.VerboseDiagnostics, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor WildcardCors = Create(CodeRuleInfo.WildcardCors, DiagnosticSeverity.Warning);

    /// <summary>
    /// BG4002 with AllowCredentials(). A warning by default like every BuildGuard diagnostic, so a Debug build
    /// never fails on it; the package's enforced-build analyzer config makes BG4002 an error.
    /// </summary>
    public static readonly DiagnosticDescriptor WildcardCorsWithCredentials = Create(CodeRuleInfo.WildcardCors, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(PlaceholderFallback, VerboseDiagnostics, WildcardCors, WildcardCorsWithCredentials);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Constants used as keys/passwords may be declared in one file and used in another: one syntax-only
            // index per compilation, built on first need (CodeRuleContext is lazy).
            var projectContext = CodeRuleContext.Create(start.Compilation.SyntaxTrees, start.CancellationToken);
            start.RegisterSyntaxTreeAction(treeContext => Report(treeContext, projectContext));
        });
    }

    private static void Report(SyntaxTreeAnalysisContext context, CodeRuleContext projectContext)
    {
        foreach (var hit in CodeRuleRunner.Hits(context.Tree, projectContext, context.CancellationToken))
        {
            var descriptor = hit.Code switch
            {
                PlaceholderFallbackRule.Id => PlaceholderFallback,
                VerboseDiagnosticsCodeRule.Id => VerboseDiagnostics,
                _ => hit.AlwaysError ? WildcardCorsWithCredentials : WildcardCors,
            };
            context.ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(context.Tree, hit.Span), hit.Message));
        }
    }

    private static DiagnosticDescriptor Create(CodeRuleInfo rule, DiagnosticSeverity severity) =>
        new DiagnosticDescriptor(
            rule.Code,
            rule.Title,
            "{0}",
            Category,
            severity,
            isEnabledByDefault: true,
            description: rule.Description,
            helpLinkUri: rule.HelpLink);
}
