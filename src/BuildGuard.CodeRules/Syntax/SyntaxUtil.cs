using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BuildGuard.CodeRules.Syntax;

/// <summary>Small questions the rules ask of syntax: names of calls, literal values, chains, bodies.</summary>
internal static class SyntaxUtil
{
    /// <summary>The simple name of the invoked method: "GetBytes" for Encoding.UTF8.GetBytes(…), "GetValue" for GetValue&lt;string&gt;(…).</summary>
    public static string? InvokedName(InvocationExpressionSyntax invocation) => SimpleName(invocation.Expression);

    /// <summary>The rightmost simple name of a name-like expression (identifier, member access, member binding, generic name).</summary>
    public static string? SimpleName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The receiver of a call (what is left of the dot), or null for an unqualified call.</summary>
    public static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;

    /// <summary>Parentheses, the null-forgiving operator and casts do not change what an expression is.</summary>
    public static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    expression = postfix.Operand;
                    break;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary>
    /// The value of a string literal: regular, verbatim ("@"), raw (""" … """) and UTF-8 ("…"u8) literals.
    /// Interpolated strings are not literals (null).
    /// </summary>
    public static string? StringLiteral(ExpressionSyntax? expression)
    {
        if (expression is null)
        {
            return null;
        }

        var unwrapped = Unwrap(expression);
        return unwrapped is LiteralExpressionSyntax literal &&
               (literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression))
            ? literal.Token.ValueText
            : null;
    }

    /// <summary>The literal expression itself (for locations), or null.</summary>
    public static LiteralExpressionSyntax? StringLiteralNode(ExpressionSyntax? expression) =>
        expression is not null && StringLiteral(expression) is not null ? (LiteralExpressionSyntax)Unwrap(expression) : null;

    /// <summary>
    /// The text of a key argument as far as syntax tells it: a literal's value, the name of a constant
    /// (EnvVars.JwtSecret → "JwtSecret"), nameof(X) → "X", the literal parts of an interpolated string.
    /// </summary>
    public static string? KeyText(ExpressionSyntax? expression)
    {
        if (expression is null)
        {
            return null;
        }

        var unwrapped = Unwrap(expression);
        var literal = StringLiteral(unwrapped);
        if (literal is not null)
        {
            return literal;
        }

        switch (unwrapped)
        {
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf
                when nameOf.ArgumentList.Arguments.Count == 1:
                return SimpleName(nameOf.ArgumentList.Arguments[0].Expression);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return SimpleName(unwrapped);
            case InterpolatedStringExpressionSyntax interpolated:
                var text = string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText));
                return text.Length > 0 ? text : null;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return (KeyText(binary.Left) ?? string.Empty) + (KeyText(binary.Right) ?? string.Empty);
            default:
                return null;
        }
    }

    public static bool IsTrueLiteral(ExpressionSyntax expression)
    {
        var unwrapped = Unwrap(expression);
        if (unwrapped.IsKind(SyntaxKind.TrueLiteralExpression))
        {
            return true;
        }

        return unwrapped is PrefixUnaryExpressionSyntax not && not.IsKind(SyntaxKind.LogicalNotExpression) &&
               Unwrap(not.Operand).IsKind(SyntaxKind.FalseLiteralExpression);
    }

    public static bool IsFalseLiteral(ExpressionSyntax expression) => Unwrap(expression).IsKind(SyntaxKind.FalseLiteralExpression);

    /// <summary>The argument bound to a parameter: by name when named, otherwise by position (positional arguments before any named one).</summary>
    public static ArgumentSyntax? Argument(BaseArgumentListSyntax? list, int position, params string[] names)
    {
        if (list is null)
        {
            return null;
        }

        foreach (var argument in list.Arguments)
        {
            if (argument.NameColon is { } nameColon && names.Contains(nameColon.Name.Identifier.ValueText))
            {
                return argument;
            }
        }

        return position < list.Arguments.Count && list.Arguments[position].NameColon is null ? list.Arguments[position] : null;
    }

    /// <summary>Lambdas, anonymous methods, local functions and members: where "the same body" ends.</summary>
    public static bool IsBodyBoundary(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
            or AccessorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax or BaseFieldDeclarationSyntax
            or GlobalStatementSyntax or CompilationUnitSyntax or TypeDeclarationSyntax;

    /// <summary>The nearest body boundary around a node.</summary>
    public static SyntaxNode? EnclosingBody(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (IsBodyBoundary(current))
            {
                return current is GlobalStatementSyntax ? current.Parent : current;
            }
        }

        return null;
    }

    /// <summary>Nodes under a root, not descending into nested lambdas, anonymous methods or local functions.</summary>
    public static IEnumerable<SyntaxNode> DescendantsInSameBody(SyntaxNode root) =>
        root.DescendantNodes(n => n == root || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax));

    /// <summary>
    /// The local variable named <paramref name="name"/> that is in scope at <paramref name="use"/> and declared before
    /// it: a declaration statement of an enclosing block, switch section or top-level program (innermost first,
    /// through lambdas to the enclosing member). Null for parameters, fields, pattern and out variables.
    /// </summary>
    public static VariableDeclaratorSyntax? FindLocal(SyntaxNode use, string name)
    {
        for (var scope = use.Parent; scope is not null && scope is not BaseTypeDeclarationSyntax; scope = scope.Parent)
        {
            if (scope is not (BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax))
            {
                continue;
            }

            VariableDeclaratorSyntax? found = null;
            if (DeclarationsIn(scope).TryGetValue(name, out var declarators))
            {
                foreach (var declarator in declarators)
                {
                    if (declarator.Span.End <= use.SpanStart)
                    {
                        found = declarator; // the last one before the use
                    }
                }
            }

            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Local declarations directly in a block / switch section / top-level program, by name (cached per node).</summary>
    private static Dictionary<string, List<VariableDeclaratorSyntax>> DeclarationsIn(SyntaxNode scope) =>
        LocalDeclarations.GetValue(scope, s =>
        {
            IEnumerable<StatementSyntax> statements = s switch
            {
                BlockSyntax block => block.Statements,
                SwitchSectionSyntax section => section.Statements,
                CompilationUnitSyntax unit => unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement),
                _ => Enumerable.Empty<StatementSyntax>(),
            };

            var map = new Dictionary<string, List<VariableDeclaratorSyntax>>(StringComparer.Ordinal);
            foreach (var declaration in statements.OfType<LocalDeclarationStatementSyntax>())
            {
                foreach (var declarator in declaration.Declaration.Variables)
                {
                    var key = declarator.Identifier.ValueText;
                    if (!map.TryGetValue(key, out var list))
                    {
                        map[key] = list = new List<VariableDeclaratorSyntax>();
                    }

                    list.Add(declarator);
                }
            }

            return map;
        });

    private static readonly ConditionalWeakTable<SyntaxNode, Dictionary<string, List<VariableDeclaratorSyntax>>> LocalDeclarations =
        new ConditionalWeakTable<SyntaxNode, Dictionary<string, List<VariableDeclaratorSyntax>>>();
}
