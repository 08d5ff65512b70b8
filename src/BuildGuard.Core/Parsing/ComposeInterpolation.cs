using System.Text;

namespace BuildGuard.Core.Parsing;

/// <summary>
/// Compose variable interpolation as it affects what is literal: "$$" is a literal "$";
/// "${VAR:-default}" / "${VAR-default}" run with the default when VAR is unset, so the default is a
/// literal; "${VAR}", "$VAR", "${VAR:?err}", "${VAR:+alt}" come from outside the file.
/// </summary>
public static class ComposeInterpolation
{
    /// <summary>The value with escapes and defaults applied, and whether every part of it is literal.</summary>
    public static (string Value, bool IsLiteral) Resolve(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var literal = true;
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c != '$' || i + 1 >= raw.Length)
            {
                builder.Append(c);
                i++;
                continue;
            }

            var next = raw[i + 1];
            if (next == '$')
            {
                builder.Append('$');
                i += 2;
            }
            else if (next == '{')
            {
                var close = FindClose(raw, i + 2);
                if (close < 0)
                {
                    builder.Append(raw, i, raw.Length - i);
                    break;
                }

                var (text, isLiteral) = ResolveBraced(raw[(i + 2)..close]);
                builder.Append(text);
                literal &= isLiteral;
                i = close + 1;
            }
            else if (char.IsLetter(next) || next == '_')
            {
                var end = i + 1;
                while (end < raw.Length && (char.IsLetterOrDigit(raw[end]) || raw[end] == '_'))
                {
                    end++;
                }

                literal = false;
                i = end;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return (builder.ToString(), literal);
    }

    /// <summary>Variables the value requires (${VAR:?err} / ${VAR?err}): compose refuses to start without them.</summary>
    public static IEnumerable<string> RequiredVariables(string raw)
    {
        var start = 0;
        while ((start = raw.IndexOf("${", start, StringComparison.Ordinal)) >= 0)
        {
            var nameEnd = start + 2;
            while (nameEnd < raw.Length && (char.IsLetterOrDigit(raw[nameEnd]) || raw[nameEnd] == '_'))
            {
                nameEnd++;
            }

            var rest = raw.AsSpan(nameEnd);
            if (nameEnd > start + 2 && (rest.StartsWith(":?") || rest.StartsWith("?")))
            {
                yield return raw[(start + 2)..nameEnd];
            }

            start = nameEnd;
        }
    }

    private static (string Text, bool IsLiteral) ResolveBraced(string inner)
    {
        var nameEnd = 0;
        while (nameEnd < inner.Length && (char.IsLetterOrDigit(inner[nameEnd]) || inner[nameEnd] == '_'))
        {
            nameEnd++;
        }

        var rest = inner[nameEnd..];
        if (rest.StartsWith(":-", StringComparison.Ordinal))
        {
            return Resolve(rest[2..]);
        }

        if (rest.StartsWith('-'))
        {
            return Resolve(rest[1..]);
        }

        return (string.Empty, false);
    }

    private static int FindClose(string raw, int start)
    {
        var depth = 1;
        for (var i = start; i < raw.Length; i++)
        {
            if (raw[i] == '{')
            {
                depth++;
            }
            else if (raw[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
