using System.Buffers;
using System.Text;
using System.Text.Json;

namespace BuildGuard.Core.Parsing;

/// <summary>
/// Reads appsettings-style JSON with positions: keys flattened to configuration paths
/// ("Jwt:Key", "Cors:Origins:0") exactly as Microsoft.Extensions.Configuration.Json does, comments
/// and trailing commas allowed, BOM skipped. Values are those ASP.NET Core would see.
/// </summary>
public static partial class JsonConfigParser
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ParsedFile Parse(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
        var lines = new LineIndex(bytes);
        var entries = new List<ConfigEntry>();
        try
        {
            var reader = new Utf8JsonReader(bytes, Options);
            if (!reader.Read())
            {
                return new ParsedFile(path, entries, []);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var (line, column) = lines.Position(reader.TokenStartIndex);
                return new ParsedFile(path, entries, [new ParseError("the top-level JSON value must be an object", line, column)]);
            }

            ReadObject(ref reader, prefix: null, lines, entries, keyPosition: (0, 0));
            return new ParsedFile(path, entries, []);
        }
        catch (JsonException ex)
        {
            var (line, column) = lines.Position(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            return new ParsedFile(path, [], [new ParseError(DescribeJsonError(ex), line, column)]);
        }
        catch (InvalidOperationException ex)
        {
            return new ParsedFile(path, [], [new ParseError("invalid JSON: " + ex.GetType().Name, 1, 1)]);
        }
    }

    private static void ReadObject(ref Utf8JsonReader reader, string? prefix, LineIndex lines, List<ConfigEntry> entries, (int Line, int Column) keyPosition)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var any = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var position = lines.Position(reader.TokenStartIndex);
            var name = reader.GetString() ?? string.Empty;
            if (!seen.Add(name))
            {
                // Microsoft.Extensions.Configuration.Json rejects the whole file on a duplicate key.
                throw new JsonException($"duplicate key '{name}'", null, position.Line - 1, 0);
            }

            reader.Read();
            ReadValue(ref reader, Combine(prefix, name), lines, entries, position);
            any = true;
        }

        if (!any && prefix is not null)
        {
            // An empty object is a key with a null value (ConfigurationProvider semantics).
            entries.Add(new ConfigEntry(prefix, null, keyPosition.Line, keyPosition.Column, keyPosition.Line, keyPosition.Column));
        }
    }

    private static void ReadValue(ref Utf8JsonReader reader, string key, LineIndex lines, List<ConfigEntry> entries, (int Line, int Column) keyPosition)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                ReadObject(ref reader, key, lines, entries, keyPosition);
                break;
            case JsonTokenType.StartArray:
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var elementPosition = lines.Position(reader.TokenStartIndex);
                    ReadValue(ref reader, Combine(key, index.ToString(System.Globalization.CultureInfo.InvariantCulture)), lines, entries, elementPosition);
                    index++;
                }

                break;
            default:
                var (line, column) = lines.Position(reader.TokenStartIndex);
                entries.Add(new ConfigEntry(key, ScalarText(ref reader), keyPosition.Line, keyPosition.Column, line, column));
                break;
        }
    }

    /// <summary>The string ASP.NET Core configuration holds for a JSON scalar.</summary>
    private static string? ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => bool.TrueString,
        JsonTokenType.False => bool.FalseString,
        JsonTokenType.Null => null,
        _ => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
    };

    private static string Combine(string? prefix, string name) => prefix is null ? name : prefix + KeyPath.Separator + name;

    /// <summary>
    /// The reader's message without its position suffix and without the input characters it quotes
    /// ("'x' is an invalid start of a value"): a quoted fragment may be part of a secret.
    /// </summary>
    private static string DescribeJsonError(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
        if (ex.InnerException is null && message.StartsWith("duplicate key", StringComparison.Ordinal))
        {
            return "invalid JSON: " + message;
        }

        // The reader echoes the offending input first ("'x' is an invalid start of a value"); later quotes are
        // its own expected tokens ("Expected either ',', '}', or ']'") and stay.
        return "invalid JSON: " + (message.StartsWith('\'') ? QuotedFragment().Replace(message, "a character", 1) : message);
    }

    [System.Text.RegularExpressions.GeneratedRegex("'[^']*'")]
    private static partial System.Text.RegularExpressions.Regex QuotedFragment();
}
