namespace BuildGuard.CodeRules.Knowledge;

/// <summary>
/// What a string literal in code is, seen as a would-be secret: clearly not a secret (empty, a URL, a
/// host name, a connection string without a password, a ${VAR} reference), a typed placeholder, or
/// something else. Placeholder knowledge is a copy of src/BuildGuard.Core/Knowledge/PlaceholderData.cs
/// and PlaceholderDetector.cs; masking follows src/BuildGuard.Core/Masking/SecretMask.cs.
/// </summary>
internal static class SecretLiterals
{
    /// <summary>A value whose first word is one of these announces itself as a stand-in ("your…", "change…").</summary>
    private static readonly string[] LeadingMarkers =
    {
        "your", "yours", "change", "changeme", "replace", "replaceme", "insert", "enter", "put", "paste", "fill", "set",
        "todo", "tbd", "fixme", "placeholder", "dummy", "fake", "sample", "example",
    };

    /// <summary>Words that are placeholders wherever they stand in the value.</summary>
    private static readonly string[] AnywhereMarkers =
    {
        "changeme", "changethis", "changeit", "replaceme", "placeholder", "todo", "tbd", "fixme", "redacted", "notset", "unset",
    };

    /// <summary>Vocabulary a typed stand-in is made of ("mysupersecretkey", "dev-secret", "admin123").</summary>
    private static readonly HashSet<string> Vocabulary = new HashSet<string>(StringComparer.Ordinal)
    {
        // what the value claims to be
        "secret", "secrets", "key", "keys", "password", "passwd", "pass", "pwd", "token", "api", "apikey", "jwt", "auth",
        "signing", "sign", "signature", "encryption", "encrypt", "private", "access", "client", "hmac", "credential", "credentials",
        "connection", "string", "value", "code", "phrase", "passphrase",
        // who it belongs to
        "your", "my", "our", "the", "a", "an", "app", "application", "admin", "administrator", "root", "user", "default", "demo",
        // how it is qualified
        "super", "very", "long", "strong", "random", "real", "actual", "secure", "unsafe", "insecure", "temp", "temporary", "new", "own",
        "dev", "development", "local", "test", "testing", "example", "sample", "dummy", "fake", "placeholder", "changeme",
        "production", "prod", "here", "goes", "this", "that", "it", "me", "with", "in", "for", "of", "to", "at", "least", "be", "must",
        "should", "is", "not", "please", "generate", "generated", "something", "some", "bits", "bit", "characters", "chars", "bytes",
        "change", "replace", "insert", "enter", "put", "set", "fill", "todo", "tbd", "fixme",
        // the classic stand-ins
        "foo", "bar", "baz", "qux", "xyz", "abc", "asdf", "qwerty", "letmein", "welcome", "hello", "world", "none", "null", "empty", "nothing",
    };

    private static readonly int LongestWord = Vocabulary.Max(w => w.Length);

    /// <summary>Characters a "xxxx" / "****" / "0000" mask is made of.</summary>
    private const string MaskCharacters = "x*#?.0-_";

    /// <summary>Host names a fallback may name without being a secret (a Redis/DB "connection string" that is only a host).</summary>
    private static readonly string[] LocalHosts = { "localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", "host.docker.internal" };

    /// <summary>Keywords that make a lone "key=value" a connection string ("Data Source=app.db", "Host=db").</summary>
    private static readonly string[] SingleConnectionKeywords =
    {
        "datasource", "server", "host", "filename", "database", "endpoint", "address", "addr", "contactpoints",
    };

    /// <summary>Connection-string keywords that carry a secret (ADO.NET, Npgsql, MySQL, Azure Storage / Service Bus).</summary>
    private static readonly string[] SecretConnectionKeywords =
    {
        "password", "pwd", "pass", "passwd", "accountkey", "sharedaccesskey", "sharedaccesssignature", "secret", "token", "apikey",
    };

    /// <summary>
    /// True for literals that cannot be a leaked secret: empty or whitespace, a ${VAR}-style reference, a URL
    /// without credentials, a local host name (optionally with a port), a connection string without a password.
    /// </summary>
    public static bool IsClearlyNotSecret(string value)
    {
        var v = value.Trim();
        if (v.Length == 0 || IsReference(v))
        {
            return true;
        }

        var lower = v.ToLowerInvariant();
        if (LocalHosts.Any(h => lower == h || lower.StartsWith(h + ":", StringComparison.Ordinal) || lower.StartsWith(h + ",", StringComparison.Ordinal)))
        {
            return true; // localhost, localhost:6379
        }

        if (v.IndexOf("://", StringComparison.Ordinal) > 0)
        {
            return UrlPasswordLength(v) == 0 && ConnectionSecretLength(v) == 0; // https://example.com, but not amqp://guest:guest@host
        }

        if (LooksLikeConnectionString(v))
        {
            return ConnectionSecretLength(v) == 0; // "Server=.;Database=app;Trusted_Connection=True", "Data Source=app.db"
        }

        return false;
    }

    /// <summary>"Server=x;Database=y" or "Data Source=app.db": key=value pairs.</summary>
    public static bool LooksLikeConnectionString(string value)
    {
        var v = value.Trim();
        var equals = v.IndexOf('=');
        if (equals <= 0 || equals == v.Length - 1 || v[equals + 1] == '=')
        {
            return false; // "abc=", "abc==": base64 padding, not key=value
        }

        return v.IndexOf(';') >= 0 || SingleConnectionKeywords.Contains(NameWords.Compact(v.Substring(0, equals)));
    }

    /// <summary>The length of the secret a connection string carries (Password=…, AccountKey=…), or 0.</summary>
    public static int ConnectionSecretLength(string value)
    {
        foreach (var part in value.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var name = NameWords.Compact(part.Substring(0, equals));
            if (SecretConnectionKeywords.Contains(name))
            {
                var secret = part.Substring(equals + 1).Trim().Trim('"', '\'');
                return IsReference(secret) ? 0 : secret.Length;
            }
        }

        return UrlPasswordLength(value);
    }

    /// <summary>True when a person typed the value as a stand-in: "changeme", "your-secret-key", "admin123", "xxxx", "&lt;key&gt;".</summary>
    public static bool IsPlaceholder(string value)
    {
        var v = value.Trim().Trim('"', '\'').Trim();
        if (v.Length == 0 || IsReference(v))
        {
            return false;
        }

        if (IsWrapped(v) || IsMask(v))
        {
            return true;
        }

        var words = NameWords.Words(v);
        if (words.Count == 0)
        {
            return false;
        }

        if ((LeadingMarkers.Contains(words[0]) && words.Count > 1) || words.Any(w => AnywhereMarkers.Any(m => w.Contains(m))))
        {
            return true;
        }

        var hasLetters = false;
        foreach (var word in words)
        {
            if (word.All(IsDigit))
            {
                if (word.Length > 4 && !IsCountingOrRepeating(word))
                {
                    return false;
                }

                continue;
            }

            if (!Segments(word))
            {
                return false;
            }

            hasLetters = true;
        }

        return hasLetters || (v.All(IsDigit) && v.Length >= 4 && IsCountingOrRepeating(v));
    }

    /// <summary>
    /// How a literal may appear in a message: a placeholder (public knowledge) shows its first four characters and
    /// its length ("chan…(8 chars)"); anything else only its length ("24 chars"). Never the value.
    /// </summary>
    public static string Mask(string value)
    {
        var trimmed = value.Trim();
        if (!IsPlaceholder(trimmed))
        {
            return $"{value.Length} chars";
        }

        var head = trimmed.Length <= 4 ? trimmed.Substring(0, Math.Min(1, trimmed.Length)) : trimmed.Substring(0, 4);
        return $"{head}…({trimmed.Length} chars)";
    }

    /// <summary>${VAR}, $VAR, $(Prop), #{Token}#, __Token__, %VAR%: resolved later, not a literal secret.</summary>
    private static bool IsReference(string v)
    {
        if (v.Length < 2)
        {
            return false;
        }

        return v.IndexOf("${", StringComparison.Ordinal) >= 0 ||
               (v[0] == '$' && (char.IsLetter(v[1]) || v[1] == '_' || v[1] == '(')) ||
               (v.StartsWith("#{", StringComparison.Ordinal) && v.EndsWith("}#", StringComparison.Ordinal)) ||
               (v.Length > 4 && v.StartsWith("__", StringComparison.Ordinal) && v.EndsWith("__", StringComparison.Ordinal)) ||
               (v.Length > 2 && v[0] == '%' && v[v.Length - 1] == '%' && v.IndexOf('%', 1) == v.Length - 1);
    }

    private static int UrlPasswordLength(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return 0;
        }

        var rest = value.Substring(scheme + 3);
        var at = rest.IndexOf('@');
        var slash = rest.IndexOf('/');
        if (at <= 0 || (slash >= 0 && slash < at))
        {
            return 0;
        }

        var colon = rest.IndexOf(':');
        return colon >= 0 && colon < at ? at - colon - 1 : 0;
    }

    private static bool IsWrapped(string v) =>
        v.Length >= 3 && v.Any(char.IsLetter) &&
        ((v[0] == '<' && v[v.Length - 1] == '>') || (v[0] == '{' && v[v.Length - 1] == '}') || (v[0] == '[' && v[v.Length - 1] == ']'));

    private static bool IsMask(string v)
    {
        var filler = v.Where(c => c != '-' && c != '_' && c != '.' && c != ' ').Select(char.ToLowerInvariant).ToArray();
        return filler.Length >= 3 && filler.All(c => c == filler[0]) && MaskCharacters.IndexOf(filler[0]) >= 0;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsCountingOrRepeating(string digits)
    {
        var ascending = true;
        var repeated = true;
        for (var i = 1; i < digits.Length; i++)
        {
            ascending &= digits[i] == (char)((digits[i - 1] - '0' + 1) % 10 + '0');
            repeated &= digits[i] == digits[0];
        }

        return ascending || repeated;
    }

    /// <summary>True when the lower-case word splits entirely into vocabulary words ("mysupersecretkey").</summary>
    private static bool Segments(string word)
    {
        if (word.Length > 64)
        {
            return false;
        }

        var reachable = new bool[word.Length + 1];
        reachable[0] = true;
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = Math.Max(0, end - LongestWord); start < end && !reachable[end]; start++)
            {
                reachable[end] = reachable[start] && Vocabulary.Contains(word.Substring(start, end - start));
            }
        }

        return reachable[word.Length];
    }
}
