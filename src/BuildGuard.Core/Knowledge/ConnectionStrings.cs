namespace BuildGuard.Core.Knowledge;

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

            var name = part[..equals].Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
            if (PasswordKeywords.Contains(name))
            {
                return part[(equals + 1)..].Trim().Trim('"', '\'');
            }
        }

        return UrlPassword(value);
    }

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
