namespace BuildGuard.Knowledge;

/// <summary>Finds the password a connection string or URL carries: "Password=…;", "pwd=…", "scheme://user:pass@host".</summary>
public static class ConnectionStrings
{
    /// <summary>Connection-string keywords that carry a password (ADO.NET, Npgsql, MySQL, ODBC, AMQP/Redis option styles).</summary>
    private static readonly string[] PasswordKeywords = ["password", "pwd", "pass", "passwd"];

    public static string? EmbeddedPassword(string value)
    {
        foreach (var part in value.Split(';', ','))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var name = part[..equals].Trim().ToLowerInvariant().Replace(" ", string.Empty);
            if (PasswordKeywords.Contains(name))
            {
                return part[(equals + 1)..].Trim().Trim('"', '\'');
            }
        }

        return UrlPassword(value);
    }

    /// <summary>The user a connection string or URL names ("User Id=sa", "uid=", "user:pass@").</summary>
    public static string? EmbeddedUser(string value)
    {
        foreach (var part in value.Split(';', ','))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && UserKeywords.Contains(part[..equals].Trim().ToLowerInvariant().Replace(" ", string.Empty)))
            {
                return part[(equals + 1)..].Trim();
            }
        }

        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        var at = scheme > 0 ? value.IndexOf('@', scheme) : -1;
        if (at < 0)
        {
            return null;
        }

        var userInfo = value[(scheme + 3)..at];
        var colon = userInfo.IndexOf(':');
        return colon > 0 ? userInfo[..colon] : null;
    }

    /// <summary>"Server=x;Database=y" or "scheme://…": a value whose secret, if any, is an embedded password.</summary>
    public static bool LooksLikeConnectionString(string value) =>
        value.Contains("://", StringComparison.Ordinal) ||
        (value.Contains('=') && value.Contains(';'));

    private static readonly string[] UserKeywords = ["userid", "user", "uid", "username"];

    private static string? UrlPassword(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return null;
        }

        var rest = value[(scheme + 3)..];
        var at = rest.IndexOf('@');
        var slash = rest.IndexOf('/');
        if (at <= 0 || (slash >= 0 && slash < at))
        {
            return null;
        }

        var userInfo = rest[..at];
        var colon = userInfo.IndexOf(':');
        return colon >= 0 ? Uri.UnescapeDataString(userInfo[(colon + 1)..]) : null;
    }
}
