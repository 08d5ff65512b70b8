using BuildGuard.CodeRules.Knowledge;
using BuildGuard.CodeRules.Syntax;
using BuildGuard.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BuildGuard.CodeRules.Rules;

/// <summary>How a value is used as a secret.</summary>
internal enum SecretUseKind
{
    /// <summary>The fallback/default of a configuration or environment read of a secret-named key.</summary>
    Fallback,

    /// <summary>Key material: Encoding.*.GetBytes(…) inside new SymmetricSecurityKey(…) and the like.</summary>
    Key,

    /// <summary>A password argument: UserManager.CreateAsync(user, …), IPasswordHasher.HashPassword(user, …).</summary>
    Password,
}

/// <summary>An expression that a secret flows into, and what consumes it.</summary>
internal sealed class SinkArgument
{
    public SinkArgument(ExpressionSyntax value, SecretUseKind kind, string consumer)
    {
        Value = value;
        Kind = kind;
        Consumer = consumer;
    }

    /// <summary>The expression holding the secret (a literal, a local, a constant's name).</summary>
    public ExpressionSyntax Value { get; }

    public SecretUseKind Kind { get; }

    /// <summary>The key for a fallback (Jwt:Key); the consuming type or method for a key or password (SymmetricSecurityKey, CreateAsync).</summary>
    public string Consumer { get; }
}

/// <summary>Finds the places where a secret is consumed: fallbacks of secret-named reads, key material, password arguments.</summary>
internal static class SecretSinks
{
    public static IEnumerable<SinkArgument> Find(SyntaxNode node)
    {
        switch (node)
        {
            case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression):
                if (ConfigReads.SecretKey(coalesce.Left) is { } key)
                {
                    yield return new SinkArgument(coalesce.Right, SecretUseKind.Fallback, key);
                }

                break;

            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression):
                if (ConfigReads.SecretKey(assignment.Left) is { } assignedKey)
                {
                    yield return new SinkArgument(assignment.Right, SecretUseKind.Fallback, assignedKey);
                }

                break;

            case ConditionalExpressionSyntax conditional:
                if (NullOrEmptyFallback(conditional) is { } fallback)
                {
                    yield return fallback;
                }

                break;

            case InvocationExpressionSyntax invocation:
                foreach (var sink in FromInvocation(invocation))
                {
                    yield return sink;
                }

                break;

            case BaseObjectCreationExpressionSyntax creation:
                foreach (var sink in FromCreation(creation))
                {
                    yield return sink;
                }

                break;
        }
    }

    /// <summary>Resolves a sink's value to a literal: the literal itself, or a local initialised with one before the use.</summary>
    public static LiteralExpressionSyntax? ResolveLocalLiteral(ExpressionSyntax value)
    {
        var unwrapped = SyntaxUtil.Unwrap(value);
        if (SyntaxUtil.StringLiteralNode(unwrapped) is { } literal)
        {
            return literal;
        }

        if (unwrapped is IdentifierNameSyntax identifier &&
            SyntaxUtil.FindLocal(identifier, identifier.Identifier.ValueText) is { Initializer: { } initializer } local &&
            local.Span.End <= identifier.SpanStart)
        {
            return SyntaxUtil.StringLiteralNode(initializer.Value);
        }

        return null;
    }

    /// <summary>GetValue("Jwt:Key", "default"), password arguments, HMACSHA256.HashData(key, data).</summary>
    private static IEnumerable<SinkArgument> FromInvocation(InvocationExpressionSyntax invocation)
    {
        var name = SyntaxUtil.InvokedName(invocation);
        if (name is null)
        {
            yield break;
        }

        var arguments = invocation.ArgumentList;
        if (name == "GetValue" && arguments.Arguments.Count >= 2)
        {
            var keyArgument = SyntaxUtil.Argument(arguments, 0, "key");
            var defaultArgument = SyntaxUtil.Argument(arguments, 1, "defaultValue");
            var prefix = ConfigReads.SectionPrefix(SyntaxUtil.Receiver(invocation)) ?? string.Empty;
            if (keyArgument is not null && defaultArgument is not null && SyntaxUtil.KeyText(keyArgument.Expression) is { } keyText)
            {
                var key = prefix + keyText;
                if (KeyClassifier.IsSecretNamed(key))
                {
                    yield return new SinkArgument(defaultArgument.Expression, SecretUseKind.Fallback, key);
                }
            }

            yield break;
        }

        if (name == "HashData" && SyntaxUtil.Receiver(invocation) is { } hmac && SecretSinkData.KeyTypes.Contains(SyntaxUtil.SimpleName(hmac)) &&
            SyntaxUtil.Argument(arguments, 0, "key", "keySource") is { } keyMaterial && KeyMaterial(keyMaterial.Expression, 0) is { } hashKey)
        {
            yield return new SinkArgument(hashKey, SecretUseKind.Key, SyntaxUtil.SimpleName(hmac) + ".HashData");
            yield break;
        }

        foreach (var sink in SecretSinkData.PasswordSinks)
        {
            if (sink.IsConstructor || sink.Name != name)
            {
                continue;
            }

            var position = name == "HashPassword" && arguments.Arguments.Count == 1 ? 0 : sink.Position; // BCrypt.HashPassword("…")
            var argument = SyntaxUtil.Argument(arguments, position, sink.ParameterNames);
            // UserManager.CreateAsync(user, password) takes exactly two arguments; ProductManager.CreateAsync("sku", "name", …) is not it.
            if (argument is null || (sink.NeedsUserContext && (arguments.Arguments.Count != 2 || !HasUserContext(invocation))))
            {
                continue;
            }

            yield return new SinkArgument(argument.Expression, SecretUseKind.Password, name);
        }
    }

    /// <summary>new SymmetricSecurityKey(Encoding.UTF8.GetBytes(…)), new NetworkCredential(user, …), SymmetricSecurityKey k = new(…).</summary>
    private static IEnumerable<SinkArgument> FromCreation(BaseObjectCreationExpressionSyntax creation)
    {
        var typeName = creation switch
        {
            ObjectCreationExpressionSyntax explicitCreation => TypeName(explicitCreation.Type),
            ImplicitObjectCreationExpressionSyntax implicitCreation => TargetTypeName(implicitCreation),
            _ => null,
        };

        if (typeName is null)
        {
            yield break;
        }

        if (SecretSinkData.KeyTypes.Contains(typeName))
        {
            if (SyntaxUtil.Argument(creation.ArgumentList, 0, "key") is { } keyArgument && KeyMaterial(keyArgument.Expression, 0) is { } material)
            {
                yield return new SinkArgument(material, SecretUseKind.Key, typeName);
            }

            yield break;
        }

        foreach (var sink in SecretSinkData.PasswordSinks)
        {
            if (sink.IsConstructor && sink.Name == typeName &&
                SyntaxUtil.Argument(creation.ArgumentList, sink.Position, sink.ParameterNames) is { } argument)
            {
                yield return new SinkArgument(argument.Expression, SecretUseKind.Password, "new " + typeName);
            }
        }
    }

    /// <summary>
    /// The string that becomes key bytes: the argument of GetBytes / FromBase64String / FromHexString, a "…"u8
    /// literal, or the same through a local (var bytes = Encoding.UTF8.GetBytes(…); new SymmetricSecurityKey(bytes)).
    /// </summary>
    private static ExpressionSyntax? KeyMaterial(ExpressionSyntax expression, int depth)
    {
        if (depth > 3)
        {
            return null;
        }

        var e = SyntaxUtil.Unwrap(expression);
        switch (e)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return literal;
            case InvocationExpressionSyntax invocation:
            {
                var name = SyntaxUtil.InvokedName(invocation);
                if (SecretSinkData.KeyMaterialCalls.Contains(name) && invocation.ArgumentList.Arguments.Count >= 1)
                {
                    return invocation.ArgumentList.Arguments[0].Expression;
                }

                if (name == "ToArray" && SyntaxUtil.Receiver(invocation) is { } receiver &&
                    SyntaxUtil.Unwrap(receiver).IsKind(SyntaxKind.Utf8StringLiteralExpression))
                {
                    return receiver; // "…"u8.ToArray()
                }

                return null;
            }

            case IdentifierNameSyntax identifier:
                return SyntaxUtil.FindLocal(identifier, identifier.Identifier.ValueText) is { Initializer: { } initializer } local &&
                       local.Span.End <= identifier.SpanStart
                    ? KeyMaterial(initializer.Value, depth + 1)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// string.IsNullOrEmpty(key) ? "literal" : key, key == null ? "literal" : key, key is not null ? key : "literal",
    /// where key is a read of a secret-named key (directly or through a local).
    /// </summary>
    private static SinkArgument? NullOrEmptyFallback(ConditionalExpressionSyntax conditional)
    {
        if (!TestsMissing(conditional.Condition, out var tested, out var whenMissingIsTrue) || tested is null)
        {
            return null;
        }

        var fallback = whenMissingIsTrue ? conditional.WhenTrue : conditional.WhenFalse;
        var value = whenMissingIsTrue ? conditional.WhenFalse : conditional.WhenTrue;
        var key = ConfigReads.SecretKey(tested);
        if (key is null || !SameValue(tested, value))
        {
            return null;
        }

        return new SinkArgument(fallback, SecretUseKind.Fallback, key);
    }

    /// <summary>The other branch hands back the tested value (the same expression, or another read of the same key).</summary>
    private static bool SameValue(ExpressionSyntax tested, ExpressionSyntax value)
    {
        var a = SyntaxUtil.Unwrap(tested);
        var b = SyntaxUtil.Unwrap(value);
        if (SyntaxFactory.AreEquivalent(a, b))
        {
            return true;
        }

        var keyA = ConfigReads.Key(a);
        return keyA is not null && string.Equals(keyA, ConfigReads.Key(b), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Recognises a "value is missing" test and which outcome means missing.</summary>
    private static bool TestsMissing(ExpressionSyntax condition, out ExpressionSyntax? tested, out bool whenMissingIsTrue)
    {
        tested = null;
        whenMissingIsTrue = true;
        var c = SyntaxUtil.Unwrap(condition);
        switch (c)
        {
            case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                if (TestsMissing(not.Operand, out tested, out var inner))
                {
                    whenMissingIsTrue = !inner;
                    return true;
                }

                return false;

            case InvocationExpressionSyntax invocation when SyntaxUtil.InvokedName(invocation) is "IsNullOrEmpty" or "IsNullOrWhiteSpace" &&
                                                            invocation.ArgumentList.Arguments.Count == 1:
                tested = invocation.ArgumentList.Arguments[0].Expression;
                return true;

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                whenMissingIsTrue = binary.IsKind(SyntaxKind.EqualsExpression);
                if (IsMissingValue(binary.Right))
                {
                    tested = LengthOwner(binary.Left);
                    return true;
                }

                if (IsMissingValue(binary.Left))
                {
                    tested = LengthOwner(binary.Right);
                    return true;
                }

                return false;

            case IsPatternExpressionSyntax pattern:
                tested = pattern.Expression;
                switch (pattern.Pattern)
                {
                    case ConstantPatternSyntax constant when IsMissingValue(constant.Expression):
                        return true;
                    case UnaryPatternSyntax { Pattern: ConstantPatternSyntax negated } when IsMissingValue(negated.Expression):
                        whenMissingIsTrue = false;
                        return true;
                    default:
                        tested = null;
                        return false;
                }

            default:
                return false;
        }
    }

    /// <summary>null, "", string.Empty, 0 (for x.Length == 0).</summary>
    private static bool IsMissingValue(ExpressionSyntax expression)
    {
        var e = SyntaxUtil.Unwrap(expression);
        return e.IsKind(SyntaxKind.NullLiteralExpression) ||
               SyntaxUtil.StringLiteral(e) is { Length: 0 } ||
               (e is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty" } access && SyntaxUtil.SimpleName(access.Expression) is "string" or "String") ||
               (e is LiteralExpressionSyntax number && number.IsKind(SyntaxKind.NumericLiteralExpression) && number.Token.ValueText == "0");
    }

    /// <summary>key.Length == 0 tests key; key?.Length too.</summary>
    private static ExpressionSyntax LengthOwner(ExpressionSyntax expression)
    {
        var e = SyntaxUtil.Unwrap(expression);
        return e switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } access => access.Expression,
            ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Length" } } conditional => conditional.Expression,
            _ => e,
        };
    }

    private static bool HasUserContext(InvocationExpressionSyntax invocation)
    {
        bool Speaks(ExpressionSyntax? e) =>
            e is not null && SyntaxUtil.SimpleName(SyntaxUtil.Unwrap(e)) is { } name &&
            SecretSinkData.UserContextWords.Any(w => KeyPath.Compact(name).Contains(w));

        var first = invocation.ArgumentList.Arguments.Count > 0 ? invocation.ArgumentList.Arguments[0].Expression : null;
        return Speaks(SyntaxUtil.Receiver(invocation)) || Speaks(first) || first is ObjectCreationExpressionSyntax { Type: var type } && Speaks(type as ExpressionSyntax);
    }

    private static string? TypeName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>SymmetricSecurityKey key = new(…) or IssuerSigningKey = new(…): the type a target-typed new creates, as far as syntax says.</summary>
    private static string? TargetTypeName(ImplicitObjectCreationExpressionSyntax creation)
    {
        switch (creation.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }:
                return TypeName(declaration.Type);
            case AssignmentExpressionSyntax assignment when assignment.Right == creation &&
                                                            SecretSinkData.KeyProperties.Contains(SyntaxUtil.SimpleName(assignment.Left)):
                return "SymmetricSecurityKey";
            default:
                return null;
        }
    }
}
