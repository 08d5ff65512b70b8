namespace BuildGuard.Knowledge;

/// <summary>Decides what a configuration key is about from its name alone, using the data lists beside it.</summary>
public static class KeyClassifier
{
    /// <summary>True when the key's last named segment names a credential (see DESIGN.md "secret-named key").</summary>
    public static bool IsSecretNamed(string key)
    {
        var segment = KeyPath.LastNamedSegment(key);
        if (segment.Length == 0)
        {
            return false;
        }

        var words = KeyPath.NameWords(key);
        var compact = string.Concat(words);
        if (HasNonSecretSuffix(words, compact))
        {
            return false; // even in ConnectionStrings: TokenCacheRedisInstanceName is a name
        }

        if (KeyPath.Segments(key) is [var section, _, ..] && KeyPath.Compact(section) == "connectionstrings")
        {
            return true; // ConnectionStrings:Default: every entry of the section is a connection string
        }

        if (SecretNameData.CredentialTerms.Any(compact.Contains) ||
            words.Any(w => SecretNameData.CredentialWords.Contains(w)))
        {
            return true;
        }

        return IsCredentialKeyWord(key, words, compact);
    }

    /// <summary>A connection string's secret is the password inside it; the rest (hosts, database names) is not secret.</summary>
    public static bool IsConnectionString(string key) =>
        KeyPath.Segments(key).Any(s => KeyPath.Compact(s) == "connectionstrings") ||
        KeyPath.Compact(KeyPath.LastNamedSegment(key)).Contains("connectionstring", StringComparison.Ordinal);

    public static bool IsDebugSwitch(string key) =>
        SwitchKeyData.DebugKeys.Contains(KeyPath.Compact(KeyPath.LastNamedSegment(key)));

    /// <summary>ASPNETCORE_ENVIRONMENT, APP_ENV, and any "&lt;framework&gt;_ENV" (FASTAPI_ENV, NODE_ENV) naming the running environment.</summary>
    public static bool IsEnvironmentName(string key) =>
        SwitchKeyData.EnvironmentKeys.Contains(KeyPath.Compact(KeyPath.LastNamedSegment(key))) ||
        KeyPath.NameWords(key) is [_, "env" or "environment"];

    /// <summary>A CORS switch that allows every origin when on (CORS_ORIGIN_ALLOW_ALL, Cors:AllowAnyOrigin).</summary>
    public static bool IsCorsAllowAllSwitch(string key)
    {
        var words = KeyPath.Words(KeyPath.LastNamedSegment(key));
        var inCors = words.Contains("cors") || KeyPath.Compact(KeyPath.ParentSegment(key)).Contains("cors", StringComparison.Ordinal);
        return inCors && words.Contains("allow") && (words.Contains("all") || words.Contains("any")) &&
               !words.Contains("headers") && !words.Contains("methods") && !words.Contains("header") && !words.Contains("method");
    }

    /// <summary>A list of allowed CORS origins: names "origin" and either "cors"/"allowed" or sits in a Cors section.</summary>
    public static bool IsCorsOrigins(string key)
    {
        var segment = KeyPath.LastNamedSegment(key);
        var compact = KeyPath.Compact(segment);
        if (!compact.Contains("origin", StringComparison.Ordinal))
        {
            return false;
        }

        var parentCompact = KeyPath.Compact(KeyPath.ParentSegment(key));
        return SwitchKeyData.CorsMarkers.Any(compact.Contains) || parentCompact.Contains("cors", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when a name describes a credential without being one (PasswordMinLength, KeyVaultName, TokenLifetime,
    /// ClientId, Issuer): such a name never holds a secret, whatever its value. The analyzer asks it of C# names.
    /// </summary>
    public static bool IsKnownNonSecret(string name)
    {
        var words = KeyPath.NameWords(name);
        return words.Count > 0 && HasNonSecretSuffix(words, string.Concat(words));
    }

    private static bool HasNonSecretSuffix(IReadOnlyList<string> words, string compact)
    {
        if (words.Count > 1)
        {
            return SecretNameData.NonSecretSuffixes.Contains(words[^1]);
        }

        // One run of letters: the whole name ("Issuer"), or only a long suffix is a safe cut ("TOKENLIFETIMEMINUTES", "adminclientsecret").
        return SecretNameData.NonSecretSuffixes.Any(s =>
            compact == s || (s.Length >= 4 && compact.Length > s.Length && compact.EndsWith(s, StringComparison.Ordinal)));
    }

    private static bool IsCredentialKeyWord(string key, IReadOnlyList<string> words, string compact)
    {
        if (words.Count == 0)
        {
            return false;
        }

        if (words.Count == 1 && (compact == "key" || compact == "keys"))
        {
            var parent = KeyPath.ParentSegment(key);
            return KeyPath.Words(parent).Any(w => SecretNameData.KeyOwnerSections.Contains(w)) ||
                   SecretNameData.KeyOwnerSections.Contains(KeyPath.Compact(parent));
        }

        if (words.Count > 1 && (words[^1] == "key" || words[^1] == "keys"))
        {
            return !SecretNameData.NonSecretKeyQualifiers.Contains(words[^2]);
        }

        if (words.Count == 1 && compact.EndsWith("key", StringComparison.Ordinal))
        {
            var qualifier = compact[..^3];
            return qualifier.Length > 1 && !SecretNameData.NonSecretKeyQualifiers.Any(qualifier.EndsWith);
        }

        return false;
    }
}
