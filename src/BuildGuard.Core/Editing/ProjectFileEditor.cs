using System.Text;
using System.Xml;

namespace BuildGuard.Core.Editing;

/// <summary>What keygen needs from a project file: its UserSecretsId and its &lt;BuildGuardRequiredKey&gt; items.</summary>
public sealed record ProjectFileFacts(string? UserSecretsId, IReadOnlyList<string> RequiredKeys, string? Error);

/// <summary>The project file with a UserSecretsId added, or why it was not.</summary>
public sealed record ProjectFileEditResult(string? Text, string? Error)
{
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Reads a project file's XML (no MSBuild evaluation: properties set in imported files, conditions and
/// property functions are not seen) and adds <c>&lt;UserSecretsId&gt;</c> the way <c>dotnet user-secrets
/// init</c> does, as a text insertion that leaves every other character of the file as it was.
/// </summary>
public static class ProjectFileEditor
{
    public static ProjectFileFacts Read(string text)
    {
        try
        {
            string? id = null;
            var keys = new List<string>();
            using var reader = CreateReader(text);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "UserSecretsId" && reader.Depth == 2 && id is null)
                {
                    var value = reader.ReadElementContentAsString().Trim();
                    id = value.Length > 0 ? value : null;
                }
                else if (reader.LocalName == "BuildGuardRequiredKey" && reader.Depth == 2 && reader.GetAttribute("Include") is { } include)
                {
                    keys.AddRange(include.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            }

            return new ProjectFileFacts(id, keys, null);
        }
        catch (XmlException ex)
        {
            return new ProjectFileFacts(null, [], $"line {ex.LineNumber}, column {ex.LinePosition}: not well-formed XML");
        }
    }

    /// <summary>
    /// Adds <c>&lt;UserSecretsId&gt;<paramref name="id"/>&lt;/UserSecretsId&gt;</c> as the last property of the
    /// first non-empty top-level PropertyGroup (indented like its siblings, in the file's newline style),
    /// or in a new PropertyGroup right after &lt;Project&gt; when there is none.
    /// </summary>
    public static ProjectFileEditResult AddUserSecretsId(string text, string id)
    {
        if (id.Length == 0 || id.Any(c => c is '<' or '>' or '&' or '"' or '\''))
        {
            return new ProjectFileEditResult(null, "a UserSecretsId must not contain XML markup characters");
        }

        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var property = $"<UserSecretsId>{id}</UserSecretsId>";
        var lineStarts = LineStarts(text);
        try
        {
            using var reader = CreateReader(text);
            var info = (IXmlLineInfo)reader;
            int? rootStart = null;
            var inGroup = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 0)
                {
                    rootStart = Offset(lineStarts, info.LineNumber, info.LinePosition) - 1;
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "PropertyGroup" && !reader.IsEmptyElement)
                {
                    inGroup = true;
                }
                else if (inGroup && reader.NodeType == XmlNodeType.EndElement && reader.Depth == 1 && reader.LocalName == "PropertyGroup")
                {
                    var endTag = Offset(lineStarts, info.LineNumber, info.LinePosition) - 2; // LinePosition points after "</"
                    var lineStart = text.LastIndexOf('\n', Math.Max(0, endTag - 1)) + 1;
                    if (text.AsSpan(lineStart, endTag - lineStart).IsWhiteSpace())
                    {
                        var indent = ChildIndent(text, lineStart, text[lineStart..endTag]);
                        return new ProjectFileEditResult(text.Insert(lineStart, indent + property + newLine), null);
                    }

                    return new ProjectFileEditResult(text.Insert(endTag, property), null);
                }
            }

            if (rootStart is not { } start)
            {
                return new ProjectFileEditResult(null, "the file has no <Project> element");
            }

            var startTagEnd = EndOfStartTag(text, start);
            if (startTagEnd < 0 || text[startTagEnd - 1] == '/')
            {
                return new ProjectFileEditResult(null, "the <Project> element is empty; add a <PropertyGroup> first");
            }

            var group = $"{newLine}  <PropertyGroup>{newLine}    {property}{newLine}  </PropertyGroup>{newLine}";
            return new ProjectFileEditResult(text.Insert(startTagEnd + 1, group), null);
        }
        catch (XmlException ex)
        {
            return new ProjectFileEditResult(null, $"line {ex.LineNumber}, column {ex.LinePosition}: not well-formed XML");
        }
    }

    private static XmlReader CreateReader(string text) =>
        XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });

    /// <summary>The indentation of the group's last property line, else the closing tag's plus two spaces (a tab if it uses tabs).</summary>
    private static string ChildIndent(string text, int closingLineStart, string closingIndent)
    {
        if (closingLineStart >= 2)
        {
            var previousEnd = closingLineStart - 1;
            var previousStart = text.LastIndexOf('\n', Math.Max(0, previousEnd - 1)) + 1;
            var previous = text[previousStart..previousEnd].TrimEnd('\r');
            var indent = previous[..(previous.Length - previous.TrimStart(' ', '\t').Length)];
            if (previous.TrimStart().StartsWith('<') && !previous.TrimStart().StartsWith("<PropertyGroup", StringComparison.Ordinal) && indent.Length > closingIndent.Length)
            {
                return indent;
            }
        }

        return closingIndent + (closingIndent.Contains('\t') ? "\t" : "  ");
    }

    /// <summary>The index of the '&gt;' that ends the start tag at <paramref name="start"/> (quotes in attribute values skipped).</summary>
    private static int EndOfStartTag(string text, int start)
    {
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Offsets where each line starts, counting line breaks as XmlReader does (\r\n, \n and \r).</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int Offset(List<int> lineStarts, int line, int position) => lineStarts[line - 1] + position - 1;

    /// <summary>Decodes a project file keeping its byte order mark, so <see cref="Encode"/> gives the same bytes back.</summary>
    public static (string Text, bool Bom) Decode(byte[] bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        return (Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0)), bom);
    }

    public static byte[] Encode(string text, bool bom)
    {
        var body = Encoding.UTF8.GetBytes(text);
        return bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }
}
