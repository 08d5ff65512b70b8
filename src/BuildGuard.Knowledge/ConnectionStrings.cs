namespace BuildGuard.Knowledge;

/// <summary>
/// Finds the secret a connection string or URL carries: "Password=…;", "pwd=…", "AccountKey=…",
/// "scheme://user:pass@host". Keywords are compared compact ("User ID", "user_id" → "userid").
/// </summary>
public static class ConnectionStrings
{
    /// <summary>Connection-string keywords that carry a password (ADO.NET, Npgsql, MySQL, ODBC, AMQP/Redis option styles).</summary>
    private static readonly string[] PasswordKeywords = ["password", "pwd", "pass", "passwd"];

    /// <summary>
    /// Keywords that carry a key or token instead (Azure Storage and Service Bus, API connection strings). The engine
    /// does not judge these as passwords: its credential patterns report Azure account keys, Azurite's published
    /// key excepted.
    /// </summary>
    private static readonly string[] KeyKeywords = ["accountkey", "sharedaccesskey", "sharedaccesssignature", "secret", "token", "apikey"];

    private static readonly string[] SecretKeywords = [.. PasswordKeywords, .. KeyKeywords];

    private static readonly string[] UserKeywords = ["userid", "user", "uid", "username"];

    /// <summary>Keywords that make a lone "key=value" a connection string ("Data Source=app.db", "Host=db").</summary>
    private static readonly string[] SingleKeywords = ["datasource", "server", "host", "filename", "database", "endpoint", "address", "addr", "contactpoints"];

    /// <summary>The password a connection string or URL embeds ("" for "Password=;"), or null when it names none.</summary>
    public static string? EmbeddedPassword(string value) => KeywordValue(value, PasswordKeywords) ?? UrlPassword(value);

    /// <summary>Like <see cref="EmbeddedPassword"/>, also finding keys and tokens ("AccountKey=…", "SharedAccessKey=…").</summary>
    public static string? EmbeddedSecret(string value) => KeywordValue(value, SecretKeywords) ?? UrlPassword(value);

    /// <summary>The user a connection string or URL names ("User Id=sa", "uid=", "user:pass@").</summary>
    public static string? EmbeddedUser(string value)
    {
        var user = KeywordValue(value, UserKeywords);
        if (user is not null)
        {
            return user;
        }

        var userInfo = UserInfo(value);
        var colon = userInfo?.IndexOf(':') ?? -1;
        return colon > 0 ? userInfo![..colon] : null;
    }

    /// <summary>
    /// "Server=x;Database=y", "Data Source=app.db" or "scheme://…": a value whose secret, if any, is an embedded
    /// password. "abc=" and "abc==" are base64 padding, not a keyword and its value.
    /// </summary>
    public static bool LooksLikeConnectionString(string value)
    {
        var v = value.Trim();
        if (v.Contains("://", StringComparison.Ordinal))
        {
            return true;
        }

        var equals = v.IndexOf('=');
        if (equals <= 0 || equals == v.Length - 1 || v[equals + 1] == '=')
        {
            return false;
        }

        return v.Contains(';') || SingleKeywords.Contains(KeyPath.Compact(v[..equals]));
    }

    /// <summary>The value of the first "keyword=value" part whose keyword is one of <paramref name="keywords"/>, unquoted.</summary>
    private static string? KeywordValue(string value, string[] keywords)
    {
        foreach (var part in value.Split(';', ','))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && keywords.Contains(KeyPath.Compact(part[..equals])))
            {
                return part[(equals + 1)..].Trim().Trim('"', '\'');
            }
        }

        return null;
    }

    private static string? UrlPassword(string value)
    {
        var userInfo = UserInfo(value);
        var colon = userInfo?.IndexOf(':') ?? -1;
        return colon >= 0 ? Uri.UnescapeDataString(userInfo![(colon + 1)..]) : null;
    }

    /// <summary>"user:pass" of "scheme://user:pass@host/…", or null when the URL has none.</summary>
    private static string? UserInfo(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return null;
        }

        var rest = value[(scheme + 3)..];
        var at = rest.IndexOf('@');
        var slash = rest.IndexOf('/');
        return at <= 0 || (slash >= 0 && slash < at) ? null : rest[..at];
    }
}
