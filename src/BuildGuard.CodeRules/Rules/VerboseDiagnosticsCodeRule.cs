using BuildGuard.CodeRules.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BuildGuard.CodeRules.Rules;

/// <summary>
/// BG3003 "Verbose diagnostics", code shape: developer-only diagnostics switched on outside a Development guard.
/// <list type="bullet">
/// <item><c>UseDeveloperExceptionPage()</c>, <c>UseMigrationsEndPoint()</c>, <c>UseDatabaseErrorPage()</c>;</item>
/// <item><c>EnableSensitiveDataLogging()</c> / <c>EnableDetailedErrors()</c> (EF Core), unless the argument is false or
/// a Development check (<c>EnableSensitiveDataLogging(env.IsDevelopment())</c>);</item>
/// <item><c>options.DetailedErrors = true</c> / <c>EnableDetailedErrors = true</c> (Blazor circuits, SignalR hubs).</item>
/// </list>
/// Guards are those of <see cref="DevelopmentGuard"/>: <c>if (…IsDevelopment())</c>, the else-branch of
/// <c>if (!…IsDevelopment())</c>, early exits, <c>?:</c>, environment-specific Startup methods. Inactive <c>#if DEBUG</c> code
/// is not in the tree.
/// </summary>
internal sealed class VerboseDiagnosticsCodeRule : ICodeRule
{
    public const string Id = "BG3003";

    /// <summary>Calls that turn on developer diagnostics, and what they leak.</summary>
    private static readonly Dictionary<string, string> Calls = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UseDeveloperExceptionPage"] = "shows stack traces, source and request details to every visitor",
        ["UseMigrationsEndPoint"] = "lets any caller apply EF Core migrations",
        ["UseDatabaseErrorPage"] = "shows database errors and schema details to every visitor",
        ["EnableSensitiveDataLogging"] = "writes parameter values (user data, secrets) to the logs",
        ["EnableDetailedErrors"] = "returns detailed errors with internal details",
    };

    /// <summary>Options properties that do the same when set to true.</summary>
    private static readonly string[] Properties = { "DetailedErrors", "EnableDetailedErrors" };

    public string Code => Id;

    public IEnumerable<RuleHit> Analyze(SyntaxTree tree, CodeRuleContext context, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        foreach (var node in root.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case InvocationExpressionSyntax invocation when SyntaxUtil.InvokedName(invocation) is { } name &&
                                                                Calls.TryGetValue(name, out var effect):
                {
                    var arguments = invocation.ArgumentList.Arguments;
                    if (arguments.Count == 1 && name.StartsWith("Enable", StringComparison.Ordinal) &&
                        !SyntaxUtil.IsTrueLiteral(arguments[0].Expression))
                    {
                        continue; // EnableSensitiveDataLogging(false), EnableDetailedErrors(env.IsDevelopment()), (options.Verbose)
                    }

                    if (DevelopmentGuard.IsDevelopmentOnly(invocation) || !IsCall(invocation))
                    {
                        continue;
                    }

                    var at = invocation.Expression is MemberAccessExpressionSyntax access ? access.Name : (SyntaxNode)invocation.Expression;
                    yield return new RuleHit(Id, at.Span, $"{name}() {effect} in every environment; call it only inside if (app.Environment.IsDevelopment())");
                    break;
                }

                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) &&
                                                                SyntaxUtil.SimpleName(assignment.Left) is { } property &&
                                                                Properties.Contains(property) &&
                                                                SyntaxUtil.IsTrueLiteral(assignment.Right):
                {
                    if (DevelopmentGuard.IsDevelopmentOnly(assignment))
                    {
                        continue;
                    }

                    var target = assignment.Left is MemberAccessExpressionSyntax member ? member.Name : (SyntaxNode)assignment.Left;
                    yield return new RuleHit(Id, target.Span,
                        $"{property} = true returns detailed errors with internal details to clients in every environment; set it to builder.Environment.IsDevelopment() instead");
                    break;
                }
            }
        }
    }

    /// <summary>A call, not nameof(…) or a delegate reference.</summary>
    private static bool IsCall(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax or IdentifierNameSyntax or MemberBindingExpressionSyntax;
}
