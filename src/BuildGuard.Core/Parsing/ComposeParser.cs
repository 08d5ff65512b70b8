using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BuildGuard.Core.Parsing;

/// <summary>
/// Reads docker-compose / compose files: each service's <c>environment:</c> (map or list form) as
/// entries with positions, and its <c>env_file:</c> references (short and long syntax).
/// </summary>
public static class ComposeParser
{
    public sealed record Result(ParsedFile File, IReadOnlyList<string> EnvFiles, IReadOnlyList<string> RequiredVariables);

    public static Result Parse(string path, string text)
    {
        var entries = new List<ConfigEntry>();
        var envFiles = new List<string>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            return new Result(new ParsedFile(path, [], [new ParseError("invalid YAML: " + FirstSentence(ex.Message), (int)ex.Start.Line, (int)ex.Start.Column)]), [], []);
        }

        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root || Child(root, "services") is not YamlMappingNode services)
            {
                continue;
            }

            foreach (var (nameNode, serviceNode) in services.Children)
            {
                if (serviceNode is not YamlMappingNode service)
                {
                    continue;
                }

                var serviceName = (nameNode as YamlScalarNode)?.Value ?? string.Empty;
                ReadEnvironment(Child(service, "environment"), serviceName, entries);
                ReadEnvFiles(Child(service, "env_file"), envFiles);
            }
        }

        var required = stream.Documents
            .SelectMany(d => d.AllNodes.OfType<YamlScalarNode>())
            .SelectMany(n => ComposeInterpolation.RequiredVariables(n.Value ?? string.Empty))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Result(new ParsedFile(path, entries, []), envFiles, required);
    }

    private static void ReadEnvironment(YamlNode? node, string service, List<ConfigEntry> entries)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key } || valueNode is not YamlScalarNode scalar)
                    {
                        continue;
                    }

                    if (scalar.Value is null || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null"))
                    {
                        continue; // "KEY:" with no value passes the variable through from the host.
                    }

                    var (value, literal) = ComposeInterpolation.Resolve(scalar.Value);
                    entries.Add(new ConfigEntry(key, value, Line(keyNode), Column(keyNode), Line(scalar), Column(scalar), literal) { Section = service });
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children.OfType<YamlScalarNode>())
                {
                    var text = item.Value ?? string.Empty;
                    var equals = text.IndexOf('=');
                    if (equals <= 0)
                    {
                        continue; // "- KEY" passes the variable through from the host.
                    }

                    var (value, literal) = ComposeInterpolation.Resolve(text[(equals + 1)..]);
                    var quoteOffset = item.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted ? 1 : 0;
                    var keyColumn = Column(item) + quoteOffset;
                    entries.Add(new ConfigEntry(text[..equals].Trim(), value, Line(item), keyColumn, Line(item), keyColumn + equals + 1, literal) { Section = service });
                }

                break;
        }
    }

    private static void ReadEnvFiles(YamlNode? node, List<string> envFiles)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } single }:
                envFiles.Add(single);
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } path })
                    {
                        envFiles.Add(path);
                    }
                    else if (item is YamlMappingNode longSyntax && Child(longSyntax, "path") is YamlScalarNode { Value: { Length: > 0 } longPath })
                    {
                        envFiles.Add(longPath);
                    }
                }

                break;
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string name)
    {
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode scalar && scalar.Value == name)
            {
                return value;
            }
        }

        return null;
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static int Column(YamlNode node) => (int)node.Start.Column;

    /// <summary>YamlDotNet messages describe structure ("While scanning a quoted scalar…"), never echo values; keep the first sentence.</summary>
    private static string FirstSentence(string message)
    {
        var text = message;
        var paren = text.IndexOf("): ", StringComparison.Ordinal);
        if (text.StartsWith('(') && paren > 0)
        {
            text = text[(paren + 3)..];
        }

        return text.Split('\n')[0].TrimEnd('.');
    }
}
