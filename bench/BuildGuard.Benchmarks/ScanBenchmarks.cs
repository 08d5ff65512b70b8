using System.Text;
using BenchmarkDotNet.Attributes;
using BuildGuard.Core.Engine;
using BuildGuard.Core.Knowledge;
using BuildGuard.Core.Model;

namespace BuildGuard.Benchmarks;

/// <summary>
/// What a build pays: a full scan of a realistic project tree, and the credential prefilter over a
/// large text (its cost must stay linear in the text, whatever the number of patterns).
/// </summary>
[MemoryDiagnoser]
public class ScanBenchmarks
{
    private string _corpus = string.Empty;
    private string _largeText = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = FindCorpus();
        var builder = new StringBuilder();
        var random = new Random(42);
        while (builder.Length < 2_000_000)
        {
            builder.Append("const value = \"").Append(random.Next()).Append("\"; // PRIVATE KEY? no, AKIA is a prefix; eyJ too\n");
        }

        _largeText = builder.ToString();
    }

    [Benchmark(Description = "Scanner.Scan over the real-world corpus (all repositories)")]
    public int ScanCorpus() =>
        Scanner.Scan(new ScanRequest { RootDirectory = _corpus, Tracking = TrackingMode.AssumeAllTracked }).Findings.Count;

    [Benchmark(Description = "CredentialScanner over 2 MB of keyword-dense text")]
    public int CredentialPrefilter() => CredentialScanner.Scan(_largeText).Count;

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "real-world");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/corpus/real-world not found above " + AppContext.BaseDirectory);
    }
}
