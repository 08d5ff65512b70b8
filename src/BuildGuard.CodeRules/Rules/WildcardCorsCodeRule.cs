using BuildGuard.CodeRules.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BuildGuard.CodeRules.Rules;

/// <summary>
/// BG4002 "Wildcard CORS in code": a CORS policy that allows any origin.
/// <list type="bullet">
/// <item><c>AllowAnyOrigin()</c>;</item>
/// <item><c>WithOrigins("*")</c> (also in an array, a collection expression, a <c>??</c> fallback or a branch of <c>?:</c>),
/// <c>new CorsPolicyBuilder("*")</c>;</item>
/// <item><c>SetIsOriginAllowed(p)</c> where p always returns true: <c>_ =&gt; true</c>, <c>x =&gt; { return true; }</c>,
/// <c>delegate { return true; }</c>, or a method / local function / local delegate of this file that does.</item>
/// </list>
/// Together with <c>AllowCredentials()</c> on the same builder (the same fluent chain, or a statement on the same
/// builder variable in the same block, not in another branch) the finding is always an error. Not findings: a real
/// predicate, <c>WithOrigins(config…)</c> / <c>WithOrigins(array)</c>, <c>SetIsOriginAllowedToAllowWildcardSubdomains()</c>,
/// code only reached in Development (<see cref="DevelopmentGuard"/>), and a named policy that this file applies
/// only in Development (<c>UseCors("dev")</c> inside <c>if (env.IsDevelopment())</c>).
/// </summary>
internal sealed class WildcardCorsCodeRule : ICodeRule
{
    public const string Id = "BG4002";

    public string Code => Id;

    public IEnumerable<RuleHit> Analyze(SyntaxTree tree, CodeRuleContext context, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        foreach (var node in root.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? what;
            SyntaxNode reportAt;
            switch (node)
            {
                case InvocationExpressionSyntax invocation:
                {
                    what = WildcardCall(invocation);
                    reportAt = NameNode(invocation);
                    break;
                }

                case ObjectCreationExpressionSyntax creation when TypeName(creation.Type) == "CorsPolicyBuilder" &&
                                                                  creation.ArgumentList is { } list &&
                                                                  list.Arguments.Any(a => ContainsStar(a.Expression)):
                    what = "new CorsPolicyBuilder(\"*\")";
                    reportAt = creation.Type;
                    break;
                default:
                    continue;
            }

            if (what is null || DevelopmentGuard.IsDevelopmentOnly(node) || AppliedOnlyInDevelopment(node, root))
            {
                continue;
            }

            var expression = (ExpressionSyntax)node;
            if (HasCredentials(expression))
            {
                var reason = what.StartsWith("AllowAnyOrigin", StringComparison.Ordinal) || what.StartsWith("WithOrigins", StringComparison.Ordinal) || what.StartsWith("new", StringComparison.Ordinal)
                    ? "ASP.NET Core refuses this policy at run time"
                    : "every origin is reflected, so any website can make credentialed calls with the visitor's cookies";
                yield return new RuleHit(
                    Id,
                    reportAt.Span,
                    $"{what} together with AllowCredentials() allows any origin with credentials ({reason}); this combination is always an error in a Release build or publish: list the allowed origins with WithOrigins(...) read from configuration",
                    alwaysError: true);
            }
            else
            {
                yield return new RuleHit(
                    Id,
                    reportAt.Span,
                    $"{what} lets any website call this API from a visitor's browser; list the allowed origins with WithOrigins(...) read from configuration (Cors:AllowedOrigins)");
            }
        }
    }

    /// <summary>What makes this call a wildcard origin policy, for the message; null when it is not one.</summary>
    private static string? WildcardCall(InvocationExpressionSyntax invocation)
    {
        switch (SyntaxUtil.InvokedName(invocation))
        {
            case "AllowAnyOrigin" when invocation.ArgumentList.Arguments.Count == 0:
                return "AllowAnyOrigin()";
            case "WithOrigins" when invocation.ArgumentList.Arguments.Any(a => ContainsStar(a.Expression)):
                return "WithOrigins(\"*\")";
            case "SetIsOriginAllowed" when invocation.ArgumentList.Arguments.Count == 1 &&
                                           AlwaysTrue(invocation.ArgumentList.Arguments[0].Expression, invocation, 0):
                return "SetIsOriginAllowed(…) with an always-true predicate";
            default:
                return null;
        }
    }

    /// <summary>"*" as a value of the argument: directly, in an array or collection expression, a ?? fallback, a ?: branch.</summary>
    private static bool ContainsStar(ExpressionSyntax expression)
    {
        var e = SyntaxUtil.Unwrap(expression);
        switch (e)
        {
            case LiteralExpressionSyntax:
                return SyntaxUtil.StringLiteral(e)?.Trim() == "*";
            case ArrayCreationExpressionSyntax array:
                return array.Initializer is { } initializer && initializer.Expressions.Any(ContainsStar);
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return implicitArray.Initializer.Expressions.Any(ContainsStar);
            case InitializerExpressionSyntax initializerExpression:
                return initializerExpression.Expressions.Any(ContainsStar);
            case CollectionExpressionSyntax collection:
                return collection.Elements.OfType<ExpressionElementSyntax>().Any(el => ContainsStar(el.Expression));
            case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression):
                return ContainsStar(coalesce.Right);
            case ConditionalExpressionSyntax conditional:
                return ContainsStar(conditional.WhenTrue) || ContainsStar(conditional.WhenFalse);
            default:
                return false;
        }
    }

    /// <summary>A predicate that returns true whatever the origin.</summary>
    private static bool AlwaysTrue(ExpressionSyntax predicate, SyntaxNode site, int depth)
    {
        if (depth > 3)
        {
            return false;
        }

        var e = SyntaxUtil.Unwrap(predicate);
        switch (e)
        {
            case AnonymousFunctionExpressionSyntax function:
                return function.ExpressionBody is { } body ? SyntaxUtil.IsTrueLiteral(body) : function.Block is { } block && ReturnsOnlyTrue(block);
            case IdentifierNameSyntax identifier:
            {
                var name = identifier.Identifier.ValueText;
                if (SyntaxUtil.FindLocal(identifier, name) is { Initializer: { } initializer })
                {
                    return AlwaysTrue(initializer.Value, site, depth + 1); // Func<string, bool> any = _ => true;
                }

                return MethodReturnsOnlyTrue(site, name);
            }

            case MemberAccessExpressionSyntax access when access.Expression is ThisExpressionSyntax:
                return MethodReturnsOnlyTrue(site, access.Name.Identifier.ValueText);
            default:
                return false;
        }
    }

    /// <summary>A method or local function of this file with that name, one parameter, that only returns true.</summary>
    private static bool MethodReturnsOnlyTrue(SyntaxNode site, string name)
    {
        var root = site.SyntaxTree.GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case MethodDeclarationSyntax method when method.Identifier.ValueText == name && method.ParameterList.Parameters.Count == 1:
                    return method.ExpressionBody is { } arrow ? SyntaxUtil.IsTrueLiteral(arrow.Expression) : method.Body is { } body && ReturnsOnlyTrue(body);
                case LocalFunctionStatementSyntax local when local.Identifier.ValueText == name && local.ParameterList.Parameters.Count == 1:
                    return local.ExpressionBody is { } localArrow ? SyntaxUtil.IsTrueLiteral(localArrow.Expression) : local.Body is { } localBody && ReturnsOnlyTrue(localBody);
            }
        }

        return false;
    }

    /// <summary>Every return in the block (not in nested functions) returns constant true, and there is one.</summary>
    private static bool ReturnsOnlyTrue(BlockSyntax block)
    {
        var returns = SyntaxUtil.DescendantsInSameBody(block).OfType<ReturnStatementSyntax>().ToList();
        return returns.Count > 0 && returns.All(r => r.Expression is { } value && SyntaxUtil.IsTrueLiteral(value));
    }

    /// <summary>
    /// AllowCredentials() on the same policy builder: anywhere in the same fluent chain, or in a statement of an
    /// enclosing block (within the same body) that calls it on the same builder variable, or in that variable's
    /// initializer chain. A sibling branch of an if/else is not the same policy (Jellyfin's CorsPolicyProvider).
    /// </summary>
    private static bool HasCredentials(ExpressionSyntax originCall)
    {
        var top = ChainTop(originCall);
        if (ChainCalls(top).Contains("AllowCredentials"))
        {
            return true;
        }

        if (ChainRoot(top) is not IdentifierNameSyntax rootName)
        {
            return false;
        }

        var builder = rootName.Identifier.ValueText;
        var body = SyntaxUtil.EnclosingBody(originCall);
        SyntaxNode child = originCall;
        for (var parent = originCall.Parent; parent is not null && parent != body; child = parent, parent = parent.Parent)
        {
            if (SyntaxUtil.IsBodyBoundary(parent))
            {
                break;
            }

            IEnumerable<StatementSyntax> siblings = parent switch
            {
                BlockSyntax block => block.Statements,
                SwitchSectionSyntax section => section.Statements,
                _ => Enumerable.Empty<StatementSyntax>(),
            };

            foreach (var sibling in siblings)
            {
                if (sibling != child && CallsCredentialsOn(sibling, builder))
                {
                    return true;
                }
            }
        }

        // Top-level statements: the compilation unit's global statements are one block.
        if (body is CompilationUnitSyntax unit)
        {
            var own = originCall.AncestorsAndSelf().OfType<GlobalStatementSyntax>().FirstOrDefault();
            return unit.Members.OfType<GlobalStatementSyntax>().Any(g => g != own && CallsCredentialsOn(g.Statement, builder));
        }

        return false;
    }

    private static bool CallsCredentialsOn(StatementSyntax statement, string builder)
    {
        foreach (var node in SyntaxUtil.DescendantsInSameBody(statement))
        {
            if (node is InvocationExpressionSyntax invocation && SyntaxUtil.InvokedName(invocation) == "AllowCredentials")
            {
                var root = ChainRoot(ChainTop(invocation));
                if (root is IdentifierNameSyntax name && name.Identifier.ValueText == builder)
                {
                    return true; // builder.AllowCredentials();
                }
            }

            if (node is VariableDeclaratorSyntax declarator && declarator.Identifier.ValueText == builder &&
                declarator.Initializer?.Value is { } initializer && ChainCalls(ChainTop(initializer)).Contains("AllowCredentials"))
            {
                return true; // var builder = new CorsPolicyBuilder().AllowCredentials();
            }
        }

        return false;
    }

    /// <summary>The outermost call of the fluent chain a call belongs to: x.A().B().C() for A().</summary>
    private static ExpressionSyntax ChainTop(ExpressionSyntax call)
    {
        var current = call;
        while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current &&
               access.Parent is InvocationExpressionSyntax outer && outer.Expression == access)
        {
            current = outer;
        }

        return current;
    }

    /// <summary>The names of all calls in a chain, from the outermost call down to its root.</summary>
    private static List<string> ChainCalls(ExpressionSyntax top)
    {
        var names = new List<string>();
        var current = SyntaxUtil.Unwrap(top);
        while (current is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax access)
        {
            names.Add(access.Name.Identifier.ValueText);
            current = SyntaxUtil.Unwrap(access.Expression);
        }

        return names;
    }

    /// <summary>What the chain starts from: builder in builder.A().B(), new CorsPolicyBuilder() in new CorsPolicyBuilder().A().</summary>
    private static ExpressionSyntax ChainRoot(ExpressionSyntax top)
    {
        var current = SyntaxUtil.Unwrap(top);
        while (current is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax access)
        {
            current = SyntaxUtil.Unwrap(access.Expression);
        }

        return current;
    }

    /// <summary>
    /// options.AddPolicy("dev", …) whose policy this file applies only in Development: every UseCors("dev") /
    /// RequireCors("dev") / [EnableCors("dev")] here is Development-only, and there is at least one. For
    /// AddDefaultPolicy, the applications are UseCors() without a policy name.
    /// </summary>
    private static bool AppliedOnlyInDevelopment(SyntaxNode originCall, SyntaxNode root)
    {
        var policy = originCall.Ancestors().OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(i => SyntaxUtil.InvokedName(i) is "AddPolicy" or "AddDefaultPolicy");
        if (policy is null)
        {
            return false;
        }

        var isDefault = SyntaxUtil.InvokedName(policy) == "AddDefaultPolicy";
        var nameArgument = isDefault ? null : policy.ArgumentList.Arguments.FirstOrDefault()?.Expression;
        if (!isDefault && nameArgument is null)
        {
            return false;
        }

        var applications = new List<SyntaxNode>();
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax use when SyntaxUtil.InvokedName(use) is "UseCors" or "RequireCors":
                {
                    var arguments = use.ArgumentList.Arguments;
                    if (isDefault ? arguments.Count == 0 : arguments.Count == 1 && SamePolicyName(arguments[0].Expression, nameArgument!))
                    {
                        applications.Add(use);
                    }

                    break;
                }

                case AttributeSyntax attribute when SimpleAttributeName(attribute) == "EnableCors":
                {
                    var argument = attribute.ArgumentList?.Arguments.FirstOrDefault();
                    if (isDefault ? argument is null : argument is not null && SamePolicyName(argument.Expression, nameArgument!))
                    {
                        applications.Add(attribute); // [EnableCors] applies the default policy, [EnableCors("dev")] a named one
                    }

                    break;
                }
            }
        }

        return applications.Count > 0 && applications.All(DevelopmentGuard.IsDevelopmentOnly);
    }

    private static bool SamePolicyName(ExpressionSyntax a, ExpressionSyntax b)
    {
        var literalA = SyntaxUtil.StringLiteral(a);
        var literalB = SyntaxUtil.StringLiteral(b);
        if (literalA is not null || literalB is not null)
        {
            return literalA == literalB;
        }

        return SyntaxUtil.SimpleName(SyntaxUtil.Unwrap(a)) is { } nameA && nameA == SyntaxUtil.SimpleName(SyntaxUtil.Unwrap(b));
    }

    private static string? SimpleAttributeName(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
        return name is not null && name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }

    private static SyntaxNode NameNode(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        _ => invocation.Expression,
    };

    private static string? TypeName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };
}
