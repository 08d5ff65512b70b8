using System.Xml;

namespace BuildGuard.Core.Parsing;

/// <summary>
/// Reads the environment variables a web.config hands to the app under IIS / ANCM
/// (&lt;aspNetCore&gt;&lt;environmentVariables&gt;&lt;environmentVariable name="…" value="…"/&gt;): web.config is published
/// with the app, so these are production settings.
/// </summary>
public static class WebConfigParser
{
    public static ParsedFile Parse(string path, string text)
    {
        var entries = new List<ConfigEntry>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var lineInfo = (IXmlLineInfo)reader;
        try
        {
            var elements = new List<string>(); // element names by depth
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                elements.RemoveRange(reader.Depth, elements.Count - reader.Depth);
                elements.Add(reader.LocalName);

                // Only <environmentVariables><environmentVariable …/> (aspNetCore's): the same element name elsewhere is not the app's.
                if (reader.LocalName != "environmentVariable" || reader.Depth == 0 || elements[reader.Depth - 1] != "environmentVariables")
                {
                    continue;
                }

                var name = reader.GetAttribute("name");
                if (string.IsNullOrEmpty(name) || !reader.MoveToAttribute("value"))
                {
                    continue;
                }

                // The value starts after value=" : LinePosition points at the attribute name.
                var line = lineInfo.LineNumber;
                var column = lineInfo.LinePosition + "value=\"".Length;
                entries.Add(new ConfigEntry(name, reader.Value, line, column, line, column));
                reader.MoveToElement();
            }

            return new ParsedFile(path, entries, []);
        }
        catch (XmlException ex)
        {
            // XmlException messages quote the offending input; only the position is reported.
            return new ParsedFile(path, entries, [new ParseError("invalid XML", Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition))]);
        }
    }
}
