using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BuildGuard.Core.Reporting;

/// <summary>Shared Utf8JsonWriter setup: indented, '\n' line ends on every OS, non-ASCII (e.g. '…' in masks) kept readable.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Output is a file or a console, never HTML: keep '…', '<', '+' readable instead of \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        // Utf8JsonWriter indents with Environment.NewLine (no NewLine option before .NET 9); string values
        // are escaped, so every raw CR LF is indentation and can become '\n' for byte-identical output everywhere.
        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Replace("\r\n", "\n", StringComparison.Ordinal));
        writer.Write('\n');
    }

    public static void WriteStringOrNull(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
