using System.Text;
using System.Text.Json;
using BuildGuard.Core.Model;

namespace BuildGuard.Core.Engine;

/// <summary>
/// buildguard.baseline.json in the scanned folder: findings a team has accepted, so that only new ones fail
/// the build. An entry matches by code, file (relative, '/') and key, plus the masked fingerprint when the
/// finding has one: moving a line keeps it matched, changing the secret does not. It holds no value (only the
/// same masked fingerprints the reports show), so it can be committed.
/// </summary>
public static class Baseline
{
    public const string FileName = "buildguard.baseline.json";

    private sealed record Entry(string Code, string File, string? Key, string? Fingerprint);

    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, IReadOnlyList<SourceFile> files, string rootDirectory, List<ScanNote> notes, List<Finding> problems)
    {
        var baselineFile = files.FirstOrDefault(f => f.Kind == Discovery.FileKind.Baseline &&
                                                     string.Equals(Path.GetDirectoryName(f.Path), rootDirectory.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal));
        if (baselineFile is null)
        {
            return findings;
        }

        var entries = Read(baselineFile, problems);
        if (entries.Count == 0)
        {
            return findings;
        }

        var kept = findings.Where(f => !entries.Contains(EntryOf(f, rootDirectory))).ToList();
        if (kept.Count < findings.Count)
        {
            notes.Add(new ScanNote($"BuildGuard: {findings.Count - kept.Count} finding(s) accepted by {FileName} were not reported.", baselineFile.Path));
        }

        return kept;
    }

    /// <summary>The baseline that accepts exactly <paramref name="findings"/> (what `check --write-baseline` writes).</summary>
    public static string Write(IEnumerable<Finding> findings, string rootDirectory)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("findings");
            foreach (var entry in findings.Select(f => EntryOf(f, rootDirectory)).Distinct().OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("code", entry.Code);
                writer.WriteString("file", entry.File);
                writer.WriteString("key", entry.Key);
                writer.WriteString("fingerprint", entry.Fingerprint);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static Entry EntryOf(Finding finding, string rootDirectory)
    {
        var file = finding.Location.FilePath.Length == 0 ? string.Empty : Path.GetRelativePath(rootDirectory, finding.Location.FilePath).Replace('\\', '/');
        return new Entry(finding.Code, file, finding.Key, finding.Fingerprint);
    }

    private static HashSet<Entry> Read(SourceFile file, List<Finding> problems)
    {
        var entries = new HashSet<Entry>();
        try
        {
            using var document = JsonDocument.Parse(file.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("findings", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    entries.Add(new Entry(Text(item, "code") ?? string.Empty, Text(item, "file") ?? string.Empty, Text(item, "key"), Text(item, "fingerprint")));
                }
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new Finding(RuleCatalog.UnreadableInput, new SourceLocation(file.Path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                $"{FileName} could not be parsed, so no finding was accepted by it. Rewrite it with `dotnet buildguard check --write-baseline`."));
        }

        return entries;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
