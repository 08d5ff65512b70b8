using BuildGuard.CodeRules.Knowledge;
using BuildGuard.CodeRules.Syntax;
using BuildGuard.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BuildGuard.CodeRules.Rules;

/// <summary>
/// BG1004 "Placeholder fallback in code": a literal secret as a fallback or default in C#.
/// <list type="bullet">
/// <item><c>configuration["Jwt:Key"] ?? "…"</c>, <c>Environment.GetEnvironmentVariable("X") ?? "…"</c>, <c>??=</c>, and
/// <c>string.IsNullOrEmpty(k) ? "…" : k</c> shapes, after a read of a secret-named key (directly or through a local);</item>
/// <item><c>GetValue("Jwt:Key", "…")</c> / <c>GetValue&lt;string&gt;("Jwt:Key", "…")</c>: the default argument;</item>
/// <item>a literal password: <c>userManager.CreateAsync(user, "…")</c>, <c>hasher.HashPassword(user, "…")</c>, …;</item>
/// <item>literal key material: <c>new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…"))</c>;</item>
/// <item>a <c>const</c> / <c>static readonly</c> string field holding a literal that is used in one of those places
/// (found through <see cref="CodeRuleContext"/>, in this file or across the project).</item>
/// </list>
/// Literals that are clearly not secrets (empty, whitespace, a URL or connection string without a password, localhost,
/// a ${VAR} reference) are not findings; interpolated strings are not literals. Messages never contain the literal.
/// </summary>
internal sealed class PlaceholderFallbackRule : ICodeRule
{
    public const string Id = "BG1004";

    public string Code => Id;

    public IEnumerable<RuleHit> Analyze(SyntaxTree tree, CodeRuleContext context, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        foreach (var node in root.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node is FieldDeclarationSyntax field)
            {
                foreach (var hit in FromField(field, context))
                {
                    yield return hit;
                }

                continue;
            }

            foreach (var sink in SecretSinks.Find(node))
            {
                var literal = SecretSinks.ResolveLocalLiteral(sink.Value);
                if (literal is null || !IsSecretLiteral(literal.Token.ValueText))
                {
                    continue;
                }

                var value = literal.Token.ValueText;
                var local = literal.Parent?.Parent as VariableDeclaratorSyntax;
                var message = local is null
                    ? Inline(sink, value)
                    : Named(local.Identifier.ValueText, sink.Kind, sink.Consumer, value);
                yield return new RuleHit(Id, literal.Span, message);
            }
        }
    }

    /// <summary>const string JWT_SECRET_KEY = "…" / static readonly string DefaultPassword = "…", used as a key, password or fallback.</summary>
    private static IEnumerable<RuleHit> FromField(FieldDeclarationSyntax field, CodeRuleContext context)
    {
        var modifiers = field.Modifiers;
        var isConstant = modifiers.Any(SyntaxKind.ConstKeyword) ||
                         (modifiers.Any(SyntaxKind.StaticKeyword) && modifiers.Any(SyntaxKind.ReadOnlyKeyword));
        if (!isConstant || !IsStringType(field.Declaration.Type) || field.Parent is not BaseTypeDeclarationSyntax type)
        {
            yield break;
        }

        foreach (var declarator in field.Declaration.Variables)
        {
            var name = declarator.Identifier.ValueText;
            var literal = SyntaxUtil.StringLiteralNode(declarator.Initializer?.Value);
            if (literal is null || KeyClassifier.IsKnownNonSecret(name) || !IsSecretLiteral(literal.Token.ValueText))
            {
                continue; // PasswordMinLength, KeyVaultName, TokenLifetime, ClientId, Issuer: never secrets
            }

            var use = context.FindUse(type.Identifier.ValueText, name);
            if (use is null)
            {
                continue; // an unused or unrelated constant: no evidence it is a secret
            }

            yield return new RuleHit(Id, literal.Span, Named(name, use.Kind, use.Consumer, literal.Token.ValueText));
        }
    }

    private static bool IsStringType(TypeSyntax type) =>
        type is PredefinedTypeSyntax predefined ? predefined.Keyword.IsKind(SyntaxKind.StringKeyword)
            : SyntaxUtil.SimpleName(type) == "String";

    private static bool IsSecretLiteral(string value) => !SecretLiterals.IsClearlyNotSecret(value);

    /// <summary>"a connection string with a 9-char password", "chan…(8 chars)", "24 chars": never the value.</summary>
    private static string Describe(string value)
    {
        var trimmed = value.Trim();
        if (ConnectionStrings.LooksLikeConnectionString(trimmed))
        {
            var length = SecretLiterals.ConnectionSecretLength(trimmed);
            if (length > 0)
            {
                return $"a connection string with a {length}-char password";
            }
        }

        return SecretLiterals.Mask(value);
    }

    private static string Inline(SinkArgument sink, string value) => sink.Kind switch
    {
        SecretUseKind.Fallback =>
            $"{sink.Consumer} falls back to a hard-coded literal ({Describe(value)}); remove the fallback and fail fast when the key is missing",
        SecretUseKind.Key =>
            $"{sink.Consumer} is built from a hard-coded key ({Describe(value)}); read the key from configuration (user-secrets, environment) and fail fast when it is missing",
        _ =>
            $"{sink.Consumer} is given a hard-coded password ({Describe(value)}); read it from configuration (user-secrets, environment) and fail fast when it is missing",
    };

    private static string Named(string name, SecretUseKind kind, string consumer, string value) => kind switch
    {
        SecretUseKind.Fallback =>
            $"{name} holds a hard-coded literal ({Describe(value)}) used as the fallback for {consumer}; remove the fallback and fail fast when the key is missing",
        SecretUseKind.Key =>
            $"{name} holds a hard-coded key ({Describe(value)}) used by {consumer}; read the key from configuration (user-secrets, environment) and fail fast when it is missing",
        _ =>
            $"{name} holds a hard-coded password ({Describe(value)}) passed to {consumer}; read it from configuration (user-secrets, environment) and fail fast when it is missing",
    };
}
