using System.Text;

namespace BuildGuard.Cli.Tests.Corpus;

/// <summary>A finding reduced to what the labels speak of: file (relative, '/'), line (0 = whole file), code.</summary>
public sealed record ScoredFinding(string Path, int Line, string Code, string? Key);

/// <summary>
/// Scores findings against the labels: definite expectations found (recall), findings on a "don't
/// flag" or matching no expectation at all (false positives), judgement expectations apart.
/// </summary>
public sealed class CorpusScore
{
    public List<string> Rows { get; } = [];

    public List<string> Misses { get; } = [];

    public List<string> FalsePositives { get; } = [];

    /// <summary>Judgement cases BuildGuard does not report (which way it goes on each: docs/precision.md).</summary>
    public List<string> JudgementNotReported { get; } = [];

    public int DefiniteTotal { get; private set; }

    public int DefiniteFound { get; private set; }

    public int JudgementTotal { get; private set; }

    public int JudgementFound { get; private set; }

    public void Add(LabelledRepository repository, IReadOnlyList<ScoredFinding> findings)
    {
        int definite = 0, found = 0, judgement = 0, judgementFound = 0, falsePositives = 0;
        var labelled = repository.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in repository.Files)
        {
            foreach (var expectation in file.Expect)
            {
                var hit = findings.Any(f => Matches(f, file.Path, expectation));
                if (expectation.Judgement)
                {
                    judgement++;
                    judgementFound += hit ? 1 : 0;
                    if (!hit)
                    {
                        JudgementNotReported.Add($"{repository.Folder}/{file.Path}:{expectation.Line?.ToString() ?? "file"} {string.Join('/', expectation.Codes)} {expectation.Key}");
                    }
                }
                else
                {
                    definite++;
                    found += hit ? 1 : 0;
                    if (!hit)
                    {
                        Misses.Add($"{repository.Folder}/{file.Path}:{expectation.Line?.ToString() ?? "file"} {string.Join('/', expectation.Codes)} {expectation.Key}");
                    }
                }
            }
        }

        foreach (var finding in findings)
        {
            labelled.TryGetValue(finding.Path, out var file);
            var expected = file?.Expect.Any(e => Matches(finding, file.Path, e)) == true;
            var negative = file?.DontFlag.FirstOrDefault(n => !n.Judgement && Forbids(n, finding));
            if (!expected || negative is not null)
            {
                falsePositives++;
                FalsePositives.Add($"{repository.Folder}/{finding.Path}:{finding.Line} {finding.Code} {finding.Key}" +
                                   (negative is null ? " (matches no expectation)" : " (labelled don't flag)"));
            }
        }

        DefiniteTotal += definite;
        DefiniteFound += found;
        JudgementTotal += judgement;
        JudgementFound += judgementFound;
        Rows.Add($"{repository.Folder,-48} recall {found,3}/{definite,-3} false positives {falsePositives,3}   judgement {judgementFound,3}/{judgement}");
    }

    public string Summary =>
        $"corpus: recall {DefiniteFound}/{DefiniteTotal}, false positives {FalsePositives.Count}, judgement {JudgementFound}/{JudgementTotal}";

    public string Report()
    {
        var builder = new StringBuilder();
        builder.AppendLine("Real-world corpus (tests/corpus/real-world, labels: tests/BuildGuard.Cli.Tests/Corpus/corpus-labels.json)");
        Rows.ForEach(r => builder.AppendLine(r));
        builder.AppendLine(Summary);
        Misses.ForEach(m => builder.AppendLine("  missed: " + m));
        FalsePositives.ForEach(f => builder.AppendLine("  false positive: " + f));
        JudgementNotReported.ForEach(j => builder.AppendLine("  judgement, not reported: " + j));
        return builder.ToString();
    }

    private static bool Matches(ScoredFinding finding, string path, Expectation expectation) =>
        finding.Path == path && expectation.Codes.Contains(finding.Code) && (expectation.Line ?? 0) == finding.Line;

    private static bool Forbids(Negative negative, ScoredFinding finding) =>
        (negative.Line is null || negative.Line == finding.Line) &&
        (negative.Codes is null || negative.Codes.Count == 0 || negative.Codes.Contains(finding.Code)) &&
        (negative.Line is not null || negative.Codes is { Count: > 0 });
}
