using BuildGuard.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BuildGuard.CodeRules.Syntax;

/// <summary>
/// Recognises reads of configuration and environment variables and the key they read:
/// <c>configuration["Jwt:Key"]</c>, <c>config.GetSection("Jwt")["Key"]</c>, <c>config.GetSection("Jwt:Key").Value</c>,
/// <c>config.GetValue&lt;string&gt;("Jwt:Key")</c>, <c>config.GetConnectionString("Db")</c> (ConnectionStrings:Db),
/// <c>Environment.GetEnvironmentVariable("JWT_KEY")</c>, <c>config.GetSection("Jwt").Get&lt;JwtOptions&gt;()?.Key</c>,
/// and a local variable initialised from one of these.
/// </summary>
internal static class ConfigReads
{
    /// <summary>Receiver names that hold configuration: configuration, _config, Configuration, cfg, AppSettings (ConfigurationManager).</summary>
    private static readonly string[] ConfigurationReceiverWords = { "config", "cfg", "appsettings" };

    /// <summary>Calls that hand back a value after trimming or converting it: the read is still the read.</summary>
    private static readonly string[] PassThroughCalls = { "Trim", "TrimEnd", "TrimStart", "ToString" };

    /// <summary>The key of a configuration/environment read when it names a secret (Jwt:Key, DB_PASSWORD, ConnectionStrings:X), else null.</summary>
    public static string? SecretKey(ExpressionSyntax expression)
    {
        var key = Key(expression, 0);
        return key is not null && KeyClassifier.IsSecretNamed(key) ? key : null;
    }

    /// <summary>The key a configuration/environment read reads, or null when the expression is not such a read.</summary>
    public static string? Key(ExpressionSyntax expression) => Key(expression, 0);

    /// <summary>The key prefix a receiver stands for: config.GetSection("Jwt") → "Jwt:", configuration → "".</summary>
    public static string? SectionPrefix(ExpressionSyntax? receiver)
    {
        var path = SectionPath(receiver, 0);
        return path is null ? null : path.Length == 0 ? string.Empty : path + ":";
    }

    private static string? Key(ExpressionSyntax expression, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        var e = SyntaxUtil.Unwrap(expression);
        switch (e)
        {
            case ConditionalAccessExpressionSyntax conditional:
                return FromConditionalAccess(conditional, depth);

            case InvocationExpressionSyntax invocation:
            {
                var name = SyntaxUtil.InvokedName(invocation);
                var receiver = SyntaxUtil.Receiver(invocation);
                var arguments = invocation.ArgumentList.Arguments;
                switch (name)
                {
                    case "GetEnvironmentVariable" when arguments.Count >= 1:
                        return SyntaxUtil.KeyText(arguments[0].Expression);
                    case "GetConnectionString" when arguments.Count == 1:
                        return SyntaxUtil.KeyText(arguments[0].Expression) is { } connection ? "ConnectionStrings:" + connection : null;
                    case "GetValue" when arguments.Count == 1 && SectionPrefix(receiver) is { } prefix:
                        return SyntaxUtil.KeyText(arguments[0].Expression) is { } valueKey ? prefix + valueKey : null;
                    case "Get" when arguments.Count == 0 && SectionPath(receiver, depth + 1) is { Length: > 0 } section:
                        return section; // config.GetSection("Jwt:Key").Get<string>()
                }

                if (receiver is not null && PassThroughCalls.Contains(name))
                {
                    return Key(receiver, depth + 1);
                }

                return null;
            }

            case ElementAccessExpressionSyntax element when element.ArgumentList.Arguments.Count == 1:
            {
                var prefix = SectionPrefix(element.Expression);
                var key = SyntaxUtil.KeyText(element.ArgumentList.Arguments[0].Expression);
                return prefix is not null && key is not null ? prefix + key : null;
            }

            case MemberAccessExpressionSyntax access:
            {
                var member = access.Name.Identifier.ValueText;
                if (member == "Value" && SectionPath(access.Expression, depth + 1) is { Length: > 0 } valueSection)
                {
                    return valueSection; // config.GetSection("Jwt:Key").Value
                }

                if (BoundSection(access.Expression, depth) is { } bound)
                {
                    return bound + ":" + member; // config.GetSection("Jwt").Get<JwtOptions>().Key
                }

                return null;
            }

            case IdentifierNameSyntax identifier:
            {
                var local = SyntaxUtil.FindLocal(identifier, identifier.Identifier.ValueText);
                return local?.Initializer is { } initializer && local.Span.End <= identifier.SpanStart
                    ? Key(initializer.Value, depth + 1)
                    : null;
            }

            default:
                return null;
        }
    }

    /// <summary>config["Jwt:Key"]?.Trim(), config.GetSection("Jwt").Get&lt;JwtOptions&gt;()?.Key.</summary>
    private static string? FromConditionalAccess(ConditionalAccessExpressionSyntax conditional, int depth)
    {
        switch (conditional.WhenNotNull)
        {
            case InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } when PassThroughCalls.Contains(binding.Name.Identifier.ValueText):
                return Key(conditional.Expression, depth + 1);
            case MemberBindingExpressionSyntax member when BoundSection(conditional.Expression, depth) is { } bound:
                return bound + ":" + member.Name.Identifier.ValueText;
            default:
                return null;
        }
    }

    /// <summary>config.GetSection("Jwt").Get&lt;JwtOptions&gt;(): an options object bound from section "Jwt".</summary>
    private static string? BoundSection(ExpressionSyntax expression, int depth)
    {
        return SyntaxUtil.Unwrap(expression) is InvocationExpressionSyntax invocation &&
               SyntaxUtil.InvokedName(invocation) is "Get" or "GetRequired" &&
               invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax } &&
               SectionPath(SyntaxUtil.Receiver(invocation), depth + 1) is { Length: > 0 } section
            ? section
            : null;
    }

    /// <summary>
    /// The configuration path a receiver stands for: "" for a configuration object (configuration, _config,
    /// builder.Configuration), "Jwt" for config.GetSection("Jwt"), "Jwt:Signing" for nested sections; null otherwise.
    /// </summary>
    private static string? SectionPath(ExpressionSyntax? receiver, int depth)
    {
        if (receiver is null || depth > 6)
        {
            return null;
        }

        var e = SyntaxUtil.Unwrap(receiver);
        if (e is InvocationExpressionSyntax invocation &&
            SyntaxUtil.InvokedName(invocation) is "GetSection" or "GetRequiredSection" &&
            invocation.ArgumentList.Arguments.Count == 1)
        {
            var key = SyntaxUtil.KeyText(invocation.ArgumentList.Arguments[0].Expression);
            if (key is null)
            {
                return null;
            }

            var outer = SectionPath(SyntaxUtil.Receiver(invocation), depth + 1) ?? string.Empty;
            return outer.Length == 0 ? key : outer + ":" + key;
        }

        if (e is IdentifierNameSyntax identifier &&
            SyntaxUtil.FindLocal(identifier, identifier.Identifier.ValueText) is { Initializer: { } initializer } local &&
            local.Span.End <= identifier.SpanStart &&
            SectionPath(initializer.Value, depth + 1) is { Length: > 0 } localSection)
        {
            return localSection; // var jwt = config.GetSection("Jwt"); jwt["Key"]
        }

        var name = SyntaxUtil.SimpleName(e);
        if (name is not null)
        {
            var compact = KeyPath.Compact(name);
            if (ConfigurationReceiverWords.Any(w => compact.Contains(w)))
            {
                return string.Empty;
            }
        }

        return null;
    }
}
