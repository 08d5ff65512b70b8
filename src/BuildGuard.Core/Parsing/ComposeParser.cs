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
        List<string> required;
        try
        {
            // One pass over the events first: it bounds nesting (a deep file would overflow the stack while the
            // node tree is built) and reads every scalar once, aliases unexpanded (an alias bomb stays linear).
            required = ScanEvents(text);
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            // YamlDotNet's messages quote the input (an undefined alias names what follows '*'): fixed wording only.
            var what = ex is SemanticErrorException or AnchorNotFoundException ? "an undefined alias or a duplicate key" : ex is TooDeepException ? $"nested deeper than {MaxDepth} levels" : "a syntax error";
            return new Result(new ParsedFile(path, [], [new ParseError("invalid YAML: " + what, (int)ex.Start.Line, (int)ex.Start.Column)]), [], []);
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

    /// <summary>Compose files are a few levels deep; anything past this is not a compose file.</summary>
    private const int MaxDepth = 128;

    /// <summary>Variables required with ${VAR:?…} anywhere in the file, and a depth check, from the event stream.</summary>
    private static List<string> ScanEvents(string text)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is YamlDotNet.Core.Events.NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                anchors.Add(anchored.Anchor.Value);
            }

            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.AnchorAlias alias when !anchors.Contains(alias.Value.Value):
                    throw new SemanticErrorException(alias.Start, alias.End, "undefined alias");
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > MaxDepth)
                    {
                        throw new TooDeepException(parser.Current.Start, parser.Current.End);
                    }

                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
                case YamlDotNet.Core.Events.Scalar scalar:
                    required.UnionWith(ComposeInterpolation.RequiredVariables(scalar.Value));
                    break;
            }
        }

        return [.. required];
    }

    private sealed class TooDeepException(Mark start, Mark end) : YamlException(start, end, "too deep");
}
