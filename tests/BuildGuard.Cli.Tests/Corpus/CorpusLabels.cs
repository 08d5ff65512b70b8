using System.Text.Json;
using System.Text.Json.Serialization;

namespace BuildGuard.Cli.Tests.Corpus;

/// <summary>The machine-readable form of tests/corpus/real-world/LABELS.md (corpus-labels.json).</summary>
public sealed record CorpusLabels(
    [property: JsonPropertyName("repositories")] IReadOnlyList<LabelledRepository> Repositories)
{
    public static CorpusLabels Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "corpus-labels.json");
        return JsonSerializer.Deserialize<CorpusLabels>(File.ReadAllText(path))
               ?? throw new InvalidDataException("corpus-labels.json is empty");
    }
}

public sealed record LabelledRepository(
    [property: JsonPropertyName("folder")] string Folder,
    [property: JsonPropertyName("files")] IReadOnlyList<LabelledFile> Files);

public sealed record LabelledFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("expect")] IReadOnlyList<Expectation> Expect,
    [property: JsonPropertyName("dontFlag")] IReadOnlyList<Negative> DontFlag);

public sealed record Expectation(
    [property: JsonPropertyName("codes")] IReadOnlyList<string> Codes,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("judgement")] bool Judgement);

public sealed record Negative(
    [property: JsonPropertyName("codes")] IReadOnlyList<string>? Codes,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("judgement")] bool Judgement);
