using BuildGuard.Knowledge;

namespace BuildGuard.CodeRules.Knowledge;

/// <summary>
/// What a string literal in code is, seen as a would-be secret. What values mean (references, placeholders,
/// connection strings, masking) is BuildGuard.Knowledge's, shared with the engine; what is here is code's own:
/// a fallback that names a local host is no secret, and a message shows any other literal only by its length.
/// </summary>
internal static class SecretLiterals
{
    /// <summary>Host names a fallback may name without being a secret (a Redis/DB "connection string" that is only a host).</summary>
    private static readonly string[] LocalHosts = { "localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", "host.docker.internal" };

    /// <summary>
    /// True for literals that cannot be a leaked secret: empty or whitespace, a ${VAR}-style reference, a local host
    /// name (optionally with a port), a URL or connection string without a password or key.
    /// </summary>
    public static bool IsClearlyNotSecret(string value)
    {
        var v = value.Trim();
        if (v.Length == 0 || ValueShapes.IsReference(v))
        {
            return true;
        }

        var lower = v.ToLowerInvariant();
        if (LocalHosts.Any(h => lower == h || lower.StartsWith(h + ":", StringComparison.Ordinal) || lower.StartsWith(h + ",", StringComparison.Ordinal)))
        {
            return true; // localhost, localhost:6379
        }

        // https://example.com, "Server=.;Database=app;Trusted_Connection=True", "Data Source=app.db"; not amqp://guest:guest@host
        return ConnectionStrings.LooksLikeConnectionString(v) && ConnectionSecretLength(v) == 0;
    }

    /// <summary>The length of the literal secret a connection string or URL carries (Password=…, AccountKey=…, user:pass@), or 0.</summary>
    public static int ConnectionSecretLength(string value) =>
        ConnectionStrings.EmbeddedSecret(value) is { } secret && !ValueShapes.IsReference(secret) ? secret.Length : 0;

    /// <summary>
    /// How a literal may appear in a message: a placeholder (public knowledge) as <see cref="SecretMask.Placeholder"/>
    /// shows it ("chan…(8 chars)"); anything else only by its length ("24 chars"). Never the value.
    /// </summary>
    public static string Mask(string value) =>
        PlaceholderDetector.IsPlaceholder(value) ? SecretMask.Placeholder(value) : $"{value.Length} chars";
}
