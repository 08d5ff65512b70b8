using BuildGuard.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BuildGuard.CodeRules.Syntax;

/// <summary>
/// Whether code only runs in the Development environment, as far as syntax shows it:
/// inside <c>if (env.IsDevelopment())</c>, in the else-branch of <c>if (!env.IsDevelopment())</c>, after
/// <c>if (!env.IsDevelopment()) return;</c>, in the matching branch of <c>?:</c>, <c>&amp;&amp;</c> or <c>||</c>,
/// or in ASP.NET Core's environment-specific Startup conventions (ConfigureDevelopment,
/// ConfigureDevelopmentServices, class StartupDevelopment). Code inside an inactive <c>#if DEBUG</c> block is
/// not in the syntax tree at all.
/// </summary>
internal static class DevelopmentGuard
{
    /// <summary>Environment names that count as a developer's machine in IsEnvironment("…") / EnvironmentName == "…".</summary>
    private static readonly string[] DevelopmentNames = { "development", "dev", "local" };

    /// <summary>What a condition tells about the environment: true means "development" when it holds, false when it fails.</summary>
    private readonly struct Implication
    {
        public Implication(bool whenTrue, bool whenFalse)
        {
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
        }

        /// <summary>The condition holding implies Development.</summary>
        public bool WhenTrue { get; }

        /// <summary>The condition failing implies Development.</summary>
        public bool WhenFalse { get; }

        public Implication Not() => new Implication(WhenFalse, WhenTrue);
    }

    public static bool IsDevelopmentOnly(SyntaxNode node)
    {
        var child = node;
        for (var parent = node.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IfStatementSyntax ifStatement when child == ifStatement.Statement && Evaluate(ifStatement.Condition).WhenTrue:
                    return true;
                case ElseClauseSyntax elseClause when elseClause.Parent is IfStatementSyntax owner && Evaluate(owner.Condition).WhenFalse:
                    return true;
                case ConditionalExpressionSyntax conditional when
                    (child == conditional.WhenTrue && Evaluate(conditional.Condition).WhenTrue) ||
                    (child == conditional.WhenFalse && Evaluate(conditional.Condition).WhenFalse):
                    return true;
                case BinaryExpressionSyntax binary when child == binary.Right &&
                    ((binary.IsKind(SyntaxKind.LogicalAndExpression) && Evaluate(binary.Left).WhenTrue) ||
                     (binary.IsKind(SyntaxKind.LogicalOrExpression) && Evaluate(binary.Left).WhenFalse)):
                    return true;
                case BlockSyntax block when AfterEarlyExit(block.Statements, child):
                    return true;
                case SwitchSectionSyntax section when AfterEarlyExit(section.Statements, child):
                    return true;
                case CompilationUnitSyntax unit when child is GlobalStatementSyntax global &&
                    AfterEarlyExit(unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement), global.Statement):
                    return true;
                case MethodDeclarationSyntax method when IsDevelopmentStartupMethod(method):
                    return true;
                case ClassDeclarationSyntax type when type.Identifier.ValueText == "StartupDevelopment":
                    return true;
            }
        }

        return false;
    }

    /// <summary>True when an expression holding means Development (IsDevelopment(), a bool from it, …).</summary>
    public static bool ImpliesDevelopment(ExpressionSyntax condition) => Evaluate(condition).WhenTrue;

    /// <summary>ASP.NET Core calls Configure{Environment}/Configure{Environment}Services only in that environment.</summary>
    private static bool IsDevelopmentStartupMethod(MethodDeclarationSyntax method) =>
        method.Identifier.ValueText is "ConfigureDevelopment" or "ConfigureDevelopmentServices" or "ConfigureDevelopmentContainer";

    /// <summary>A statement before <paramref name="child"/> that leaves when not in Development: <c>if (!env.IsDevelopment()) return;</c>.</summary>
    private static bool AfterEarlyExit(IEnumerable<StatementSyntax> statements, SyntaxNode child)
    {
        foreach (var statement in statements)
        {
            if (statement == child)
            {
                return false;
            }

            if (statement is IfStatementSyntax { Else: null } ifStatement && AlwaysExits(ifStatement.Statement) &&
                Evaluate(ifStatement.Condition).WhenFalse)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AlwaysExits(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax => true,
        BlockSyntax block => block.Statements.Count > 0 && AlwaysExits(block.Statements[block.Statements.Count - 1]),
        _ => false,
    };

    private static Implication Evaluate(ExpressionSyntax condition, int depth = 0)
    {
        if (depth > 8)
        {
            return default;
        }

        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, depth + 1);
            case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                return Evaluate(not.Operand, depth + 1).Not();
            case BinaryExpressionSyntax both when both.IsKind(SyntaxKind.LogicalAndExpression):
            {
                var left = Evaluate(both.Left, depth + 1);
                var right = Evaluate(both.Right, depth + 1);
                return new Implication(left.WhenTrue || right.WhenTrue, left.WhenFalse && right.WhenFalse);
            }

            case BinaryExpressionSyntax either when either.IsKind(SyntaxKind.LogicalOrExpression):
            {
                var left = Evaluate(either.Left, depth + 1);
                var right = Evaluate(either.Right, depth + 1);
                return new Implication(left.WhenTrue && right.WhenTrue, left.WhenFalse || right.WhenFalse);
            }

            case BinaryExpressionSyntax equals when equals.IsKind(SyntaxKind.EqualsExpression) || equals.IsKind(SyntaxKind.NotEqualsExpression):
            {
                var isDevelopment = IsEnvironmentNameComparison(equals.Left, equals.Right) || IsEnvironmentNameComparison(equals.Right, equals.Left);
                var implication = new Implication(isDevelopment, false);
                return equals.IsKind(SyntaxKind.NotEqualsExpression) ? implication.Not() : implication;
            }

            case InvocationExpressionSyntax invocation:
                return new Implication(IsDevelopmentCall(invocation), false);
            case IdentifierNameSyntax identifier:
                return EvaluateName(identifier, depth);
            case MemberAccessExpressionSyntax access when IsDevelopmentFlagName(access.Name.Identifier.ValueText):
                return new Implication(true, false);
            default:
                return default;
        }
    }

    /// <summary>env.IsDevelopment(), IsDevelopment(env), env.IsEnvironment("Development"), string.Equals(env.EnvironmentName, "Development").</summary>
    private static bool IsDevelopmentCall(InvocationExpressionSyntax invocation)
    {
        var name = SyntaxUtil.InvokedName(invocation);
        var arguments = invocation.ArgumentList.Arguments;
        switch (name)
        {
            case "IsDevelopment":
                return true;
            case "IsEnvironment":
                return arguments.Count > 0 && IsDevelopmentName(arguments[arguments.Count - 1].Expression);
            case "Equals" when arguments.Count == 1 && SyntaxUtil.Receiver(invocation) is { } receiver:
                return IsEnvironmentNameComparison(receiver, arguments[0].Expression); // env.EnvironmentName.Equals("Development")
            case "Equals" when arguments.Count >= 2:
                return IsEnvironmentNameComparison(arguments[0].Expression, arguments[1].Expression) ||
                       IsEnvironmentNameComparison(arguments[1].Expression, arguments[0].Expression);
            default:
                return false;
        }
    }

    private static bool IsEnvironmentNameComparison(ExpressionSyntax name, ExpressionSyntax value)
    {
        var simple = SyntaxUtil.SimpleName(SyntaxUtil.Unwrap(name));
        return simple is not null && simple.EndsWith("EnvironmentName", StringComparison.Ordinal) && IsDevelopmentName(value);
    }

    /// <summary>"Development" (any case), Environments.Development, EnvironmentName.Development.</summary>
    private static bool IsDevelopmentName(ExpressionSyntax expression)
    {
        var unwrapped = SyntaxUtil.Unwrap(expression);
        var literal = SyntaxUtil.StringLiteral(unwrapped);
        if (literal is not null)
        {
            return DevelopmentNames.Contains(literal.Trim().ToLowerInvariant());
        }

        return unwrapped is MemberAccessExpressionSyntax access && access.Name.Identifier.ValueText == "Development";
    }

    /// <summary>A bool local set from a development check (var isDev = env.IsDevelopment()), or a flag named isDevelopment.</summary>
    private static Implication EvaluateName(IdentifierNameSyntax identifier, int depth)
    {
        var name = identifier.Identifier.ValueText;
        var local = SyntaxUtil.FindLocal(identifier, name);
        if (local?.Initializer is { } initializer && local.Span.End <= identifier.SpanStart)
        {
            return Evaluate(initializer.Value, depth + 1);
        }

        return new Implication(IsDevelopmentFlagName(name), false);
    }

    private static bool IsDevelopmentFlagName(string name) =>
        KeyPath.Compact(name) is "isdevelopment" or "isdev" or "isdevelopmentenvironment" or "isdevenvironment" or "indevelopment";
}
