namespace BuildGuard.CodeRules.Knowledge;

/// <summary>
/// Which configuration keys and C# names name a credential. A copy of the engine's lists in
/// src/BuildGuard.Core/Knowledge/SecretNameData.cs and the logic of KeyClassifier.IsSecretNamed
/// (this project is netstandard2.0 and cannot reference BuildGuard.Core): keep the two in step.
/// Matching works on the last named segment, lower-cased with separators removed, so one entry
/// covers snake_case, camelCase and SHOUTING spellings.
/// </summary>
internal static class SecretNames
{
    /// <summary>A segment containing one of these names a credential (unless a non-secret suffix follows).</summary>
    private static readonly string[] CredentialTerms =
    {
        "password",          // DB_PASSWORD, AdminPassword, DEFAULT_PASSWORD
        "passwd",            // MYSQL_PASSWD
        "passphrase",        // key / certificate passphrases
        "secret",            // ClientSecret, JWT_SECRET_KEY
        "token",             // access/refresh/bot tokens
        "apikey",            // ApiKey, API_KEY
        "privatekey",        // *_PRIVATE_KEY
        "connectionstring",  // connection strings routinely embed Password=
        "credential",        // Credentials
        "signingkey",        // Jwt:SigningKey
        "encryptionkey",     // EncryptionKey
    };

    /// <summary>Short credential words that only count as a whole word ("pwd" in "DB_PWD").</summary>
    private static readonly string[] CredentialWords = { "pwd", "pass", "pw" };

    /// <summary>A name ending in one of these describes a credential without being one (PasswordMinLength, KeyVaultName, ClientId, TokenLifetime).</summary>
    private static readonly HashSet<string> NonSecretSuffixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "names", "id", "ids",                                              // KeyVaultName, ClientId
        "lifetime", "lifespan", "minutes", "hours", "days", "seconds", "ms", "milliseconds", // TokenLifetime
        "timeout", "expiry", "expiration", "expires", "ttl", "duration", "interval", "age",
        "length", "minlength", "maxlength", "size", "count", "min", "max",          // PasswordMinLength
        "url", "uri", "urls", "endpoint", "host", "hostname", "port", "address", "domain", "path", "file", "dir", "directory", "folder",
        "header", "headers", "cookie", "parameter", "parameters", "param", "field", "claim", "claims", "query",
        "type", "types", "kind", "format", "algorithm", "alg", "scheme", "mode", "style", "version",
        "enabled", "disabled", "enable", "required", "allowed", "flag", "auth",
        "policy", "policies", "options", "settings", "provider", "providers", "store", "source", "location", "region",
        "issuer", "audience", "audiences", "scope", "scopes", "thumbprint", "fingerprint", "subject",
        "prefix", "suffix", "hint", "label", "description", "title", "pattern", "regex", "validation", "validator",
        "hash", "hashalgorithm", "salt", "iterations", "rounds", "strength", "complexity", "reset", "generator",
        "digit", "digits", "uppercase", "lowercase", "nonalphanumeric", "uniquechars", "requiredlength",
    };

    /// <summary>"…Key" is a credential unless the word before "key" says it is an identifier or public material.</summary>
    private static readonly HashSet<string> NonSecretKeyQualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "public", "publishable", "site", "instrumentation",                      // published or identifiers by design
        "plan", "product", "feature", "license", "tenant", "customer", "user", "entity", "resource",
        "partition", "sort", "row", "range", "hash", "primary", "foreign", "unique", "composite", "index", "lookup",
        "cache", "idempotency", "routing", "message", "translation", "localization", "resourcekey", "setting", "config",
        "object", "bucketobject", "queue", "topic", "group", "hot", "short", "shortcut", "registry", "dictionary", "map",
    };

    /// <summary>A bare "Key" segment is a credential when its parent section is about crypto or API access (Jwt:Key).</summary>
    private static readonly HashSet<string> KeyOwnerSections = new HashSet<string>(StringComparer.Ordinal)
    {
        "jwt", "jwtbearer", "jwtsettings", "jwtoptions", "token", "tokens", "tokenoptions", "auth", "authentication",
        "signing", "encryption", "crypto", "cryptography", "security", "hmac", "aes", "api", "apikey", "secret", "secrets",
        "dataprotection", "cipher", "webhook", "webhooks", "license",
    };

    /// <summary>True when the key's last named segment names a credential: Jwt:Key, ConnectionStrings:X, *Password*, *Secret*, *Token*, *ApiKey*.</summary>
    public static bool IsSecretNamed(string key)
    {
        var segment = NameWords.LastNamedSegment(key);
        if (segment.Length == 0)
        {
            return false;
        }

        var segments = NameWords.Segments(key);
        if (segments.Length >= 2 && NameWords.Compact(segments[0]) == "connectionstrings")
        {
            return true; // ConnectionStrings:Default: every entry of the section is a connection string
        }

        var words = NameWords.Words(segment);
        var compact = NameWords.Compact(segment);
        if (HasNonSecretSuffix(words, compact))
        {
            return false;
        }

        if (CredentialTerms.Any(t => compact.Contains(t)) || words.Any(w => CredentialWords.Contains(w)))
        {
            return true;
        }

        return IsCredentialKeyWord(key, words, compact);
    }

    /// <summary>
    /// True when a name describes a credential without being one (PasswordMinLength, KeyVaultName,
    /// TokenLifetime, ClientId, Issuer): such a name is never treated as a secret, whatever it holds.
    /// </summary>
    public static bool IsKnownNonSecret(string name)
    {
        var segment = NameWords.LastNamedSegment(name);
        var words = NameWords.Words(segment);
        return words.Count > 0 && HasNonSecretSuffix(words, NameWords.Compact(segment));
    }

    private static bool HasNonSecretSuffix(List<string> words, string compact)
    {
        if (words.Count > 1)
        {
            return NonSecretSuffixes.Contains(words[words.Count - 1]);
        }

        if (NonSecretSuffixes.Contains(compact))
        {
            return true; // a whole name like "Issuer"
        }

        // One run of letters ("TOKENLIFETIMEMINUTES"): only a long suffix is a safe cut.
        return NonSecretSuffixes.Any(s => s.Length >= 4 && compact.Length > s.Length && compact.EndsWith(s, StringComparison.Ordinal));
    }

    private static bool IsCredentialKeyWord(string key, List<string> words, string compact)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[words.Count - 1];
        if (words.Count == 1 && (compact == "key" || compact == "keys"))
        {
            var parent = NameWords.ParentSegment(key);
            return NameWords.Words(parent).Any(KeyOwnerSections.Contains) || KeyOwnerSections.Contains(NameWords.Compact(parent));
        }

        if (words.Count > 1 && (last == "key" || last == "keys"))
        {
            return !NonSecretKeyQualifiers.Contains(words[words.Count - 2]);
        }

        if (words.Count == 1 && compact.EndsWith("key", StringComparison.Ordinal))
        {
            var qualifier = compact.Substring(0, compact.Length - 3);
            return qualifier.Length > 1 && !NonSecretKeyQualifiers.Any(q => qualifier.EndsWith(q, StringComparison.Ordinal));
        }

        return false;
    }
}
