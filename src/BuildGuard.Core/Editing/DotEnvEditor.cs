using System.Text;
using BuildGuard.Core.Parsing;

namespace BuildGuard.Core.Editing;

/// <summary>One assignment of a .env file as the editor sees it: where its value is, byte for byte.</summary>
/// <param name="Key">The key as written (without <c>export</c>).</param>
/// <param name="Value">The value as <see cref="DotEnvParser"/> reads it (quotes removed, escapes applied).</param>
/// <param name="Quote">The quote character around the value: <c>"</c>, <c>'</c> or <c>\0</c> (unquoted).</param>
/// <param name="Export">True when the line starts with <c>export</c>.</param>
/// <param name="Line">1-based line of the key.</param>
/// <param name="ValueStart">Byte offset where the value (including its opening quote) starts.</param>
/// <param name="ValueEnd">Byte offset just after the value (after its closing quote; before trailing blanks and a comment).</param>
/// <param name="Comment">The comment lines directly above the assignment (without '#'), joined with '\n'; empty when none.</param>
public sealed record DotEnvAssignment(string Key, string Value, char Quote, bool Export, int Line, int ValueStart, int ValueEnd, string Comment)
{
    /// <summary>False when the value refers to other variables ($VAR, ${VAR}): it is resolved at load time, not a literal.</summary>
    public bool IsLiteral => Quote == '\'' || !DotEnvParser.ContainsReference(Value);
}

/// <summary>A .env file read for editing: its assignments with byte positions, and the lines it could not read.</summary>
public sealed record DotEnvDocument(IReadOnlyList<DotEnvAssignment> Assignments, IReadOnlyList<ParseError> Errors, string NewLine, bool HasBom, bool EndsWithNewLine)
{
    /// <summary>The assignment loaders use for <paramref name="key"/>: the last one (dotenv loaders and compose let a later line win).</summary>
    public DotEnvAssignment? Effective(string key) => Assignments.LastOrDefault(a => DotEnvEditor.SameKey(a.Key, key));

    /// <summary>How many times <paramref name="key"/> is assigned.</summary>
    public int Count(string key) => Assignments.Count(a => DotEnvEditor.SameKey(a.Key, key));
}

/// <summary>Set <paramref name="Key"/> to <paramref name="Value"/>: replace its effective assignment in place, or append it.</summary>
/// <param name="PreferredQuote">For an appended line: the quote style to use when the value allows it (a template's style).</param>
public sealed record DotEnvEdit(string Key, string Value, char PreferredQuote = '\0');

/// <summary>The outcome of <see cref="DotEnvEditor.Apply"/>: the new bytes, or why the file was left alone.</summary>
public sealed record DotEnvEditResult(byte[]? Bytes, string? Error)
{
    public bool Succeeded => Bytes is not null;
}

/// <summary>
/// Rewrites a .env file with the fewest possible changed bytes. A key that is present is replaced on its
/// own line (its effective, i.e. last, assignment), keeping <c>export</c>, its quote style and any inline
/// comment; a key that is missing is appended in the file's newline style (after adding a final newline
/// when the file lacks one). Everything else — order, comments, blank lines, BOM, CRLF/LF, other
/// values, even bytes that are not valid UTF-8 — stays byte for byte.
/// </summary>
/// <remarks>
/// The file is handled as Latin-1 text: one char per byte, so any byte sequence round-trips exactly.
/// The syntax characters (<c>= # " ' \ export</c>, newlines) are ASCII and UTF-8 never uses ASCII bytes
/// inside a multi-byte sequence, so positions found this way are exact. The grammar is
/// <see cref="DotEnvParser"/>'s: a file it reports errors for is refused, never "repaired".
/// </remarks>
public static class DotEnvEditor
{
    private static readonly Encoding Bytes1To1 = Encoding.Latin1;

    /// <summary>True when two names are the same configuration key: case-insensitive, <c>__</c> equals <c>:</c> (Jwt__Key = Jwt:Key).</summary>
    public static bool SameKey(string a, string b) =>
        string.Equals(KeyPath.FromEnvironmentName(a), KeyPath.FromEnvironmentName(b), StringComparison.OrdinalIgnoreCase);

    public static DotEnvDocument Read(byte[] bytes)
    {
        var text = Bytes1To1.GetString(bytes);
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var start = hasBom ? 3 : 0;
        var lines = SplitLines(text, start);
        var assignments = new List<DotEnvAssignment>();
        var errors = new List<ParseError>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (lineStart, contentEnd) = lines[i];
            var pos = SkipBlanks(text, lineStart, contentEnd);
            if (pos >= contentEnd || text[pos] == '#')
            {
                continue;
            }

            var export = false;
            if (IsExportPrefix(text, pos, contentEnd))
            {
                export = true;
                pos = SkipBlanks(text, pos + 6, contentEnd);
            }

            var keyStart = pos;
            while (pos < contentEnd && IsKeyChar(text[pos]))
            {
                pos++;
            }

            var key = text[keyStart..pos];
            var afterKey = SkipBlanks(text, pos, contentEnd);
            if (key.Length == 0 || afterKey >= contentEnd || text[afterKey] != '=')
            {
                errors.Add(new ParseError("expected KEY=value", i + 1, keyStart - lineStart + 1));
                continue;
            }

            var valueStart = SkipBlanks(text, afterKey + 1, contentEnd);
            var quote = valueStart < contentEnd && text[valueStart] is '"' or '\'' ? text[valueStart] : '\0';
            var comment = CommentAbove(text, lines, i);
            if (quote == '\0')
            {
                var end = contentEnd;
                for (var p = valueStart + 1; p < contentEnd; p++)
                {
                    if (text[p] == '#' && IsBlank(text[p - 1]))
                    {
                        end = p;
                        break;
                    }
                }

                while (end > valueStart && IsAsciiWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                var raw = Utf8(text, valueStart, end);
                assignments.Add(new DotEnvAssignment(key, raw, quote, export, i + 1, valueStart, end, comment));
                continue;
            }

            var (closed, closeLine, closeAt, value) = ReadQuoted(text, lines, i, valueStart, quote);
            if (!closed)
            {
                errors.Add(new ParseError($"unterminated {(quote == '"' ? "double" : "single")}-quoted value of {key}", i + 1, valueStart - lineStart + 1));
                break;
            }

            assignments.Add(new DotEnvAssignment(key, value, quote, export, i + 1, valueStart, closeAt + 1, comment));
            i = closeLine;
        }

        var newLine = DetectNewLine(text, start);
        var endsWithNewLine = text.Length == start || text[^1] == '\n';
        return new DotEnvDocument(assignments, errors, newLine, hasBom, endsWithNewLine);
    }

    /// <summary>
    /// Applies <paramref name="edits"/> to <paramref name="original"/> (null or empty for a new file).
    /// A file with lines <see cref="DotEnvParser"/> cannot read is refused with an error, untouched.
    /// </summary>
    public static DotEnvEditResult Apply(byte[]? original, IReadOnlyList<DotEnvEdit> edits)
    {
        original ??= [];
        var document = Read(original);
        if (document.Errors.Count > 0)
        {
            var error = document.Errors[0];
            return new DotEnvEditResult(null, $"line {error.Line}, column {error.Column}: {error.Message}");
        }

        var text = Bytes1To1.GetString(original);
        var replacements = new List<(int Start, int End, string Text)>();
        var appended = new StringBuilder();
        var everyLineExports = document.Assignments.Count > 0 && document.Assignments.All(a => a.Export);
        var handled = new List<string>();
        foreach (var edit in edits)
        {
            if (handled.Any(k => SameKey(k, edit.Key)))
            {
                continue; // one edit per key: the first wins
            }

            handled.Add(edit.Key);
            if (document.Effective(edit.Key) is { } existing)
            {
                replacements.Add((existing.ValueStart, existing.ValueEnd, Format(edit.Value, existing.Quote)));
            }
            else
            {
                appended.Append(everyLineExports ? "export " : string.Empty)
                    .Append(edit.Key).Append('=').Append(Format(edit.Value, edit.PreferredQuote)).Append(document.NewLine);
            }
        }

        var result = new StringBuilder(text.Length + appended.Length + 64);
        var position = 0;
        foreach (var (start, end, replacement) in replacements.OrderBy(r => r.Start))
        {
            result.Append(text, position, start - position).Append(ToLatin1(replacement));
            position = end;
        }

        result.Append(text, position, text.Length - position);
        if (appended.Length > 0)
        {
            if (!document.EndsWithNewLine)
            {
                result.Append(document.NewLine);
            }

            result.Append(ToLatin1(appended.ToString()));
        }

        return new DotEnvEditResult(Bytes1To1.GetBytes(result.ToString()), null);
    }

    /// <summary>
    /// The text to write after '=' for <paramref name="value"/>, in <paramref name="quote"/> style when the
    /// value allows it. Values that would read back differently unquoted (blanks, '#', quotes, '$') are quoted.
    /// </summary>
    public static string Format(string value, char quote)
    {
        var plainIsSafe = !value.Any(c => char.IsWhiteSpace(c) || c is '#' or '"' or '\'' or '\\' or '$' or '`');
        var singleIsSafe = !value.Contains('\'') && !value.Contains('\n');
        var doubleIsSafe = !value.Contains('$');
        return quote switch
        {
            '\0' when plainIsSafe => value,
            '\'' when singleIsSafe => SingleQuoted(value),
            '"' when doubleIsSafe => DoubleQuoted(value),
            // Single quotes are literal: the safest fallback; double quotes (with escapes) when the value has a quote or a line break.
            _ when singleIsSafe => SingleQuoted(value),
            _ => DoubleQuoted(value),
        };
    }

    private static string SingleQuoted(string value) => "'" + value + "'";

    private static string DoubleQuoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static (bool Closed, int CloseLine, int CloseAt, string Value) ReadQuoted(string text, List<(int Start, int ContentEnd)> lines, int lineIndex, int valueStart, char quote)
    {
        var builder = new StringBuilder();
        var current = lineIndex;
        var pos = valueStart + 1;
        while (true)
        {
            var contentEnd = lines[current].ContentEnd;
            var segmentStart = pos;
            for (; pos < contentEnd; pos++)
            {
                var c = text[pos];
                if (c == quote)
                {
                    builder.Append(text, segmentStart, pos - segmentStart);
                    return (true, current, pos, Unescape(Utf8(builder.ToString()), quote));
                }

                if (quote == '"' && c == '\\' && pos + 1 < contentEnd)
                {
                    pos++;
                }
            }

            builder.Append(text, segmentStart, contentEnd - segmentStart);
            if (quote != '"' || current + 1 >= lines.Count)
            {
                return (false, current, -1, string.Empty);
            }

            builder.Append('\n');
            current++;
            pos = lines[current].Start;
        }
    }

    /// <summary>What <see cref="DotEnvParser"/> makes of a double-quoted body: \n, \t, \r and \x → x.</summary>
    private static string Unescape(string body, char quote)
    {
        if (quote != '"')
        {
            return body;
        }

        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] != '\n')
            {
                i++;
                builder.Append(body[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                continue;
            }

            builder.Append(body[i]);
        }

        return builder.ToString();
    }

    /// <summary>The contiguous '#' lines directly above line <paramref name="lineIndex"/>, top to bottom.</summary>
    private static string CommentAbove(string text, List<(int Start, int ContentEnd)> lines, int lineIndex)
    {
        var comments = new List<string>();
        for (var i = lineIndex - 1; i >= 0; i--)
        {
            var (start, end) = lines[i];
            var pos = SkipBlanks(text, start, end);
            if (pos >= end || text[pos] != '#')
            {
                break;
            }

            comments.Insert(0, Utf8(text, pos + 1, end).Trim());
        }

        return string.Join('\n', comments);
    }

    /// <summary>Lines as (start, end of content): the end excludes "\n" and one "\r" before it, as DotEnvParser splits.</summary>
    private static List<(int Start, int ContentEnd)> SplitLines(string text, int start)
    {
        var lines = new List<(int, int)>();
        var lineStart = start;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add((lineStart, i > lineStart && text[i - 1] == '\r' ? i - 1 : i));
                lineStart = i + 1;
            }
        }

        if (lineStart < text.Length)
        {
            var end = text.Length;
            while (end > lineStart && text[end - 1] == '\r')
            {
                end--;
            }

            lines.Add((lineStart, end));
        }

        return lines;
    }

    private static string DetectNewLine(string text, int start)
    {
        var newLine = text.IndexOf('\n', start);
        return newLine > start && text[newLine - 1] == '\r' ? "\r\n" : "\n";
    }

    private static bool IsExportPrefix(string text, int pos, int end) =>
        pos + 6 < end && string.CompareOrdinal(text, pos, "export", 0, 6) == 0 && IsBlank(text[pos + 6]);

    private static int SkipBlanks(string text, int pos, int end)
    {
        while (pos < end && IsBlank(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsAsciiWhiteSpace(char c) => c is ' ' or '\t' or '\r' or '\v' or '\f';

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or ':';

    private static string Utf8(string latin1, int start, int end) => Utf8(latin1[start..end]);

    private static string Utf8(string latin1) => Encoding.UTF8.GetString(Bytes1To1.GetBytes(latin1));

    private static string ToLatin1(string value) => Bytes1To1.GetString(Encoding.UTF8.GetBytes(value));
}
