using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BuildGuard.Core.Parsing;

namespace BuildGuard.Core.Editing;

/// <summary>The entries of a secrets.json (flattened, in file order), or why it could not be read.</summary>
public sealed record SecretsJsonDocument(IReadOnlyList<KeyValuePair<string, string>> Entries, string? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>The value of <paramref name="key"/> (configuration keys are case-insensitive), or null.</summary>
    public string? Get(string key) =>
        Entries.Where(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase)).Select(e => e.Value).FirstOrDefault();
}

/// <summary>The new secrets.json text, or why the existing file was left alone.</summary>
public sealed record SecretsJsonEditResult(string? Text, string? Error)
{
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Edits a user-secrets file (<c>secrets.json</c>) the way <c>dotnet user-secrets set</c> does: every
/// existing entry is kept, nested objects and arrays are flattened to configuration keys
/// (<c>{"Jwt":{"Key":…}}</c> → <c>"Jwt:Key"</c>, numbers and booleans as the strings configuration holds,
/// nulls and empty sections dropped), and the result is one flat object, indented by two spaces, with
/// non-ASCII characters unescaped. Keys compare case-insensitively, as configuration does: setting
/// <c>Jwt:Key</c> replaces an existing <c>jwt:key</c> in place, under its existing spelling.
/// </summary>
public static class SecretsJsonEditor
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // what dotnet user-secrets writes with
    };

    /// <summary>How dotnet user-secrets encodes the file: UTF-8 with a byte order mark.</summary>
    public static Encoding FileEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Reads an existing file's text (null or blank: no entries). Malformed JSON is an error result, never an exception.</summary>
    public static SecretsJsonDocument Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "\uFEFF")
        {
            return new SecretsJsonDocument([], null);
        }

        var parsed = JsonConfigParser.Parse("secrets.json", text);
        if (parsed.Errors.Count > 0)
        {
            var error = parsed.Errors[0];
            return new SecretsJsonDocument([], $"line {error.Line}, column {error.Column}: {error.Message}");
        }

        var entries = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in parsed.Entries)
        {
            if (!seen.Add(entry.Key))
            {
                // "A:B" and {"A":{"B":…}} in one file: configuration refuses to load it, and so do we.
                return new SecretsJsonDocument([], $"line {entry.Line}, column {entry.Column}: invalid JSON: duplicate key '{entry.Key}'");
            }

            if (entry.Value is not null)
            {
                entries.Add(new KeyValuePair<string, string>(entry.Key, entry.Value));
            }
        }

        return new SecretsJsonDocument(entries, null);
    }

    /// <summary>
    /// Sets each (configuration key, value) pair in <paramref name="existing"/> (null for a new file):
    /// existing keys are replaced in place, new ones appended in the given order.
    /// </summary>
    public static SecretsJsonEditResult Apply(string? existing, IReadOnlyList<KeyValuePair<string, string>> edits)
    {
        var document = Read(existing);
        if (!document.Succeeded)
        {
            return new SecretsJsonEditResult(null, document.Error);
        }

        var entries = document.Entries.ToList();
        foreach (var (key, value) in edits)
        {
            var configKey = KeyPath.FromEnvironmentName(key);
            var index = entries.FindIndex(e => string.Equals(e.Key, configKey, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                entries[index] = new KeyValuePair<string, string>(entries[index].Key, value);
            }
            else
            {
                entries.Add(new KeyValuePair<string, string>(configKey, value));
            }
        }

        return new SecretsJsonEditResult(Write(entries), null);
    }

    /// <summary>The flat JSON object dotnet user-secrets writes (without the BOM: see <see cref="FileEncoding"/>).</summary>
    public static string Write(IEnumerable<KeyValuePair<string, string>> entries)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in entries)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
