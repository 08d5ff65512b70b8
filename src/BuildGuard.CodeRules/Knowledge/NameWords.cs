using System.Text;

namespace BuildGuard.CodeRules.Knowledge;

/// <summary>
/// Words of a name, as BuildGuard.Core's KeyPath splits them (src/BuildGuard.Core/Parsing/KeyPath.cs):
/// separators and camelCase humps split; "JWT_SECRET_KEY" → jwt, secret, key. Configuration paths use
/// ":" (and "__" in environment variable names) between segments.
/// </summary>
internal static class NameWords
{
    public static string[] Segments(string key) =>
        key.Replace("__", ":").Split(new[] { ':' }, StringSplitOptions.RemoveEmptyEntries);

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
        return named.Length >= 2 ? named[named.Length - 2] : string.Empty;
    }

    public static bool IsIndex(string segment) => segment.Length > 0 && segment.All(c => c >= '0' && c <= '9');

    public static List<string> Words(string name)
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

    /// <summary>Lower-case letters and digits only: "Api_Key-Header" → "apikeyheader".</summary>
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
