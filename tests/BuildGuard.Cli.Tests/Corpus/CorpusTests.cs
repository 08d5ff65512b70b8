using BuildGuard.Core.Engine;
using BuildGuard.Core.Model;
using Xunit.Abstractions;

namespace BuildGuard.Cli.Tests.Corpus;

/// <summary>
/// The real-world corpus as a scored regression suite: `check` semantics, code rules included (environment Production,
/// every file tracked, a clean environment) over each repository folder. Fails on any definite miss
/// or false positive; the report lands in the test output and in corpus-score.txt.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    public static string CorpusRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "corpus", "real-world");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("tests/corpus/real-world not found above " + AppContext.BaseDirectory);
        }
    }

    [Fact]
    public void Real_world_corpus_has_full_recall_and_no_false_positives()
    {
        var score = new CorpusScore();
        foreach (var repository in CorpusLabels.Load().Repositories)
        {
            var root = Path.Combine(CorpusRoot, repository.Folder);
            var result = Scanner.Scan(new ScanRequest
            {
                RootDirectory = root,
                Environment = "Production",
                Tracking = TrackingMode.AssumeAllTracked,
                SourceRules = [new CSharpCodeRules()],
            });
            Assert.DoesNotContain(result.Findings, f => f.Code == "BG9001" && !f.Location.FilePath.Contains("fixtures", StringComparison.OrdinalIgnoreCase));
            score.Add(repository, result.Findings
                .Select(f => new ScoredFinding(Path.GetRelativePath(root, f.Location.FilePath).Replace('\\', '/'), f.Location.Line, f.Code, f.Key))
                .ToList());
        }

        var report = score.Report();
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "corpus-score.txt"), report);
        Assert.True(score.Misses.Count == 0 && score.FalsePositives.Count == 0, report);
    }
}
