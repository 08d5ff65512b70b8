using System.Text;

namespace BuildGuard.Core.Parsing;

/// <summary>
/// Reads .env files the way docker compose and the dotenv libraries agree on: KEY=value,
/// "export KEY=value", single quotes (literal), double quotes (escapes, may span lines), # comments
/// outside quotes, ${VAR}/$VAR references (not literals), CRLF, no trailing newline.
/// A line that is not an assignment is a BG9001 error at its position; the rest of the file still counts.
/// </summary>
public static class DotEnvParser
{
    public static ParsedFile Parse(string path, string text)
    {
        var entries = new List<ConfigEntry>();
        var errors = new List<ParseError>();
        var lines = SplitLines(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i];
            var pos = SkipSpaces(line, 0);
            if (pos >= line.Length || line[pos] == '#')
            {
                continue;
            }

            if (line.AsSpan(pos).StartsWith("export ") || line.AsSpan(pos).StartsWith("export\t"))
            {
                pos = SkipSpaces(line, pos + 6);
            }

            var keyStart = pos;
            while (pos < line.Length && IsKeyChar(line[pos]))
            {
                pos++;
            }

            var key = line[keyStart..pos];
            var afterKey = SkipSpaces(line, pos);
            if (key.Length == 0 || afterKey >= line.Length || line[afterKey] != '=')
            {
                errors.Add(new ParseError("expected KEY=value", lineNumber, keyStart + 1));
                continue;
            }

            var valueStart = SkipSpaces(line, afterKey + 1);
            var (value, quote, endLine, ok) = ReadValue(lines, i, valueStart);
            if (!ok)
            {
                errors.Add(new ParseError($"unterminated {(quote == '"' ? "double" : "single")}-quoted value of {key}", lineNumber, valueStart + 1));
                break;
            }

            var isLiteral = quote == '\'' || !ContainsReference(value);
            entries.Add(new ConfigEntry(key, value, lineNumber, keyStart + 1, lineNumber, valueStart + 1, isLiteral));
            i = endLine;
        }

        return new ParsedFile(path, entries, errors);
    }

    /// <summary>$VAR or ${VAR} outside single quotes is expanded by compose and most dotenv loaders.</summary>
    public static bool ContainsReference(string value)
    {
        for (var i = 0; i + 1 < value.Length; i++)
        {
            if (value[i] == '$' && (value[i + 1] == '{' || char.IsLetter(value[i + 1]) || value[i + 1] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    private static (string Value, char Quote, int EndLine, bool Ok) ReadValue(List<string> lines, int lineIndex, int start)
    {
        var line = lines[lineIndex];
        if (start >= line.Length)
        {
            return (string.Empty, '\0', lineIndex, true);
        }

        var quote = line[start];
        if (quote is '"' or '\'')
        {
            var builder = new StringBuilder();
            var current = lineIndex;
            var pos = start + 1;
            while (true)
            {
                var text = lines[current];
                for (; pos < text.Length; pos++)
                {
                    var c = text[pos];
                    if (c == quote)
                    {
                        return (builder.ToString(), quote, current, true);
                    }

                    if (quote == '"' && c == '\\' && pos + 1 < text.Length)
                    {
                        pos++;
                        builder.Append(text[pos] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                        continue;
                    }

                    builder.Append(c);
                }

                if (quote != '"' || current + 1 >= lines.Count)
                {
                    return (string.Empty, quote, current, false);
                }

                builder.Append('\n');
                current++;
                pos = 0;
            }
        }

        // Unquoted: a # preceded by whitespace starts a comment; trailing spaces are not part of the value.
        var end = line.Length;
        for (var p = start; p < line.Length; p++)
        {
            if (line[p] == '#' && p > start && char.IsWhiteSpace(line[p - 1]))
            {
                end = p;
                break;
            }
        }

        return (line[start..end].TrimEnd(), '\0', lineIndex, true);
    }

    private static List<string> SplitLines(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                result.Add(text[start..(i > start && text[i - 1] == '\r' ? i - 1 : i)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            result.Add(text[start..].TrimEnd('\r'));
        }

        return result;
    }

    private static int SkipSpaces(string line, int pos)
    {
        while (pos < line.Length && (line[pos] == ' ' || line[pos] == '\t'))
        {
            pos++;
        }

        return pos;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or ':';
}
