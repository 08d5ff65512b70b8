using BuildGuard.Core.Discovery;
using BuildGuard.Core.Model;
using BuildGuard.Core.Rules;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Engine;

/// <summary>The one entry point both hosts call: discover (unless the host did), read, build the view, run the rules.</summary>
public static class Scanner
{
    public static ScanResult Scan(ScanRequest request)
    {
        var notes = new List<ScanNote>();
        var findings = new List<Finding>();
        IReadOnlyList<string> paths;
        if (request.Files is { } given)
        {
            paths = given;
        }
        else
        {
            var discovered = FileDiscovery.Discover(request.RootDirectory);
            notes.AddRange(discovered.Notes);
            paths = discovered.Files;
        }

        var files = SourceLoader.Load(paths, notes, findings);
        findings.AddRange(Evaluate(files, request, notes));
        return new ScanResult(Order(findings), notes, files.Select(f => f.Path).ToList());
    }

    /// <summary>The pure part: files already read → findings.</summary>
    public static IReadOnlyList<Finding> Evaluate(IReadOnlyList<SourceFile> files, ScanRequest request, List<ScanNote> notes)
    {
        var view = ViewBuilder.Build(files, request);
        var unenforced = view.Declarations.Where(d => !d.AlwaysEnforced).Select(d => d.Key).Distinct().ToList();
        if (unenforced.Count > 0)
        {
            notes.Add(new ScanNote(
                $"BuildGuard: {unenforced.Count} key(s) declared by .env templates were not checked because no matching .env exists " +
                "(secrets injected at deploy time). Declare them with <BuildGuardRequiredKey> or buildguard.json to enforce them in every build."));
        }

        return RuleSet.Default.SelectMany(rule => rule.Evaluate(view)).ToList();
    }

    private static List<Finding> Order(IEnumerable<Finding> findings) =>
        findings
            .DistinctBy(f => (f.Code, f.Location, f.Key))
            .OrderBy(f => f.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
}
