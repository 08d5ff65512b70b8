using BuildGuard.CodeRules.Rules;
using BuildGuard.CodeRules.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BuildGuard.CodeRules;

/// <summary>
/// What the rules may know beyond one file: which constants are used as a key, a password or a fallback
/// anywhere in the project (eShopOnWeb's AuthorizationConstants.JWT_SECRET_KEY is declared in one file and
/// used in new SymmetricSecurityKey(Encoding.ASCII.GetBytes(…)) in another). Built from syntax only.
/// The analyzer builds one per compilation; the CLI may build one over all the .cs files it parses, or let
/// <see cref="CodeRuleRunner.Analyze(SyntaxTree, CodeRuleContext?, CancellationToken)"/> build one per file.
/// </summary>
public sealed class CodeRuleContext
{
    private readonly Lazy<Dictionary<string, List<SecretUse>>> usesByName;

    private CodeRuleContext(Func<Dictionary<string, List<SecretUse>>> build)
    {
        // Built on first need (only a file that declares a candidate constant asks); PublicationOnly does not cache
        // an OperationCanceledException, so a cancelled build is simply retried.
        usesByName = new Lazy<Dictionary<string, List<SecretUse>>>(build, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>
    /// A context over the given trees (a project's C# files). The trees are walked on first need, once; the
    /// sequence must stay valid until then (a list or array, not a one-shot enumerable).
    /// </summary>
    public static CodeRuleContext Create(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken = default)
    {
        if (trees is null)
        {
            throw new ArgumentNullException(nameof(trees));
        }

        var snapshot = trees.ToArray();
        return new CodeRuleContext(() =>
        {
            var uses = new Dictionary<string, List<SecretUse>>(StringComparer.Ordinal);
            foreach (var tree in snapshot)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Collect(tree.GetRoot(cancellationToken), uses);
            }

            return uses;
        });
    }

    /// <summary>How a field named <paramref name="name"/> of type <paramref name="typeName"/> is used as a secret, if at all.</summary>
    internal SecretUse? FindUse(string typeName, string name)
    {
        if (!usesByName.Value.TryGetValue(name, out var uses))
        {
            return null;
        }

        // A qualified use (AuthorizationConstants.JWT_SECRET_KEY) must name the declaring type; an unqualified one
        // (inside the type, or through using static) matches by name. Keys and passwords say more than fallbacks.
        return uses
            .Where(u => u.Qualifier is null || u.Qualifier == typeName)
            .OrderBy(u => u.Kind == SecretUseKind.Fallback ? 1 : 0)
            .FirstOrDefault();
    }

    private static void Collect(SyntaxNode root, Dictionary<string, List<SecretUse>> uses)
    {
        foreach (var node in root.DescendantNodes())
        {
            foreach (var sink in SecretSinks.Find(node))
            {
                var value = SyntaxUtil.Unwrap(sink.Value);
                string? qualifier;
                string? name;
                switch (value)
                {
                    case IdentifierNameSyntax identifier when SyntaxUtil.FindLocal(identifier, identifier.Identifier.ValueText) is null:
                        qualifier = null;
                        name = identifier.Identifier.ValueText;
                        break;
                    case MemberAccessExpressionSyntax access when access.Expression is not (ThisExpressionSyntax or BaseExpressionSyntax):
                        qualifier = SyntaxUtil.SimpleName(access.Expression) ?? "()"; // GetOptions().Key matches no constant
                        name = access.Name.Identifier.ValueText;
                        break;
                    case MemberAccessExpressionSyntax access:
                        qualifier = null;
                        name = access.Name.Identifier.ValueText;
                        break;
                    default:
                        continue;
                }

                if (name is null)
                {
                    continue;
                }

                if (!uses.TryGetValue(name, out var list))
                {
                    uses[name] = list = new List<SecretUse>();
                }

                list.Add(new SecretUse(qualifier, name, sink.Kind, sink.Consumer));
            }
        }
    }
}

/// <summary>A name used as a secret: AuthorizationConstants.JWT_SECRET_KEY as key material of SymmetricSecurityKey.</summary>
internal sealed class SecretUse
{
    public SecretUse(string? qualifier, string name, SecretUseKind kind, string consumer)
    {
        Qualifier = qualifier;
        Name = name;
        Kind = kind;
        Consumer = consumer;
    }

    /// <summary>The type (or object) named before the dot, or null for a simple name.</summary>
    public string? Qualifier { get; }

    public string Name { get; }

    public SecretUseKind Kind { get; }

    public string Consumer { get; }
}
