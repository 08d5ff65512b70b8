using System.Text;

namespace BuildGuard.Knowledge;

/// <summary>
/// Key names as ASP.NET Core configuration sees them (":" paths, "__" in environment variables) and
/// the words inside a segment ("JWT_SECRET_KEY", "accessKeySecret", "ADMINPASSWORD").
/// </summary>
public static class KeyPath
{
    public const char Separator = ':';

    /// <summary>"Jwt__SigningKey" → "Jwt:SigningKey", as EnvironmentVariablesConfigurationProvider maps it.</summary>
    public static string FromEnvironmentName(string name) => name.Replace("__", ":");

    /// <summary>"Jwt:SigningKey" → "Jwt__SigningKey": the portable environment-variable spelling.</summary>
    public static string ToEnvironmentName(string key) => key.Replace(":", "__");

    public static string[] Segments(string key) =>
        FromEnvironmentName(key).Split([Separator], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The last segment that is not an array index ("Cors:AllowedOrigins:0" → "AllowedOrigins").</summary>
    public static string LastNamedSegment(string key)
    {
        var segments = Segments(key);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            if (!IsIndex(segments[i]))
            {
                return segments[i];
            }
        }

        return string.Empty;
    }

    /// <summary>The named segment before <see cref="LastNamedSegment"/> ("Jwt:Key" → "Jwt"), or empty.</summary>
    public static string ParentSegment(string key)
    {
        var named = Segments(key).Where(s => !IsIndex(s)).ToArray();
        return named.Length >= 2 ? named[^2] : string.Empty;
    }

    public static bool IsIndex(string segment) => segment.Length > 0 && segment.All(StringPolyfills.IsAsciiDigit);

    /// <summary>
    /// Lower-case words of a name: separators (_ - . space) and camelCase humps split it;
    /// "JWTSecret" → jwt, secret; "ADMINPASSWORD" stays one word (callers look inside it).
    /// </summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                var prev = name[i - 1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var lowerToUpper = char.IsLower(prev) && char.IsUpper(c);
                var acronymEnd = char.IsUpper(prev) && char.IsUpper(c) && char.IsLower(next);
                var letterDigit = char.IsLetter(prev) != char.IsLetter(c);
                if (lowerToUpper || acronymEnd || letterDigit)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;
    }

    /// <summary>
    /// Words of a key's last named segment without a trailing version or index ("_APP_OPENSSL_KEY_V1" →
    /// app, openssl, key): what a name means does not change with its version.
    /// </summary>
    public static IReadOnlyList<string> NameWords(string key)
    {
        var words = Words(LastNamedSegment(key)).ToList();
        while (words.Count > 1 && words[^1].All(StringPolyfills.IsAsciiDigit))
        {
            words.RemoveAt(words.Count - 1);
            if (words.Count > 1 && words[^1] == "v")
            {
                words.RemoveAt(words.Count - 1);
            }
        }

        return words;
    }

    /// <summary>The segment with separators removed, lower-cased: "Api_Key-Header" → "apikeyheader".</summary>
    public static string Compact(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
