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
        string? repositoryRoot;
        if (request.Files is { } given)
        {
            paths = given;
            repositoryRoot = FileDiscovery.FindRepositoryRoot(Path.GetFullPath(request.RootDirectory));
        }
        else
        {
            var discovered = FileDiscovery.Discover(request.RootDirectory);
            notes.AddRange(discovered.Notes);
            paths = discovered.Files;
            repositoryRoot = discovered.RepositoryRoot;
        }

        var files = SourceLoader.Load(paths, Path.GetFullPath(request.RootDirectory), notes, findings);
        var tracking = Track(request, repositoryRoot, files, notes);
        findings.AddRange(Evaluate(files, request, tracking, notes));
        foreach (var rule in request.SourceRules)
        {
            findings.AddRange(rule.Evaluate(files));
        }

        var root = Path.GetFullPath(request.RootDirectory);
        var problems = new List<Finding>();
        var kept = InlineSuppression.Apply(Order(findings), files, notes);
        if (request.UseBaseline)
        {
            kept = Baseline.Apply(kept, files, root, notes, problems);
        }

        return new ScanResult([.. kept, .. problems], notes, files.Select(f => f.Path).ToList());
    }

    /// <summary>The pure part: files already read → findings.</summary>
    public static IReadOnlyList<Finding> Evaluate(IReadOnlyList<SourceFile> files, ScanRequest request, FileTracking tracking, List<ScanNote> notes)
    {
        var view = ViewBuilder.Build(files, request, tracking);
        var unenforced = view.Declarations.Where(d => !d.AlwaysEnforced).Select(d => d.Key).Distinct().ToList();
        if (unenforced.Count > 0)
        {
            notes.Add(new ScanNote(
                $"BuildGuard: {unenforced.Count} key(s) declared by .env templates were not checked because no matching .env exists " +
                "(secrets injected at deploy time). Declare them with <BuildGuardRequiredKey> or buildguard.json to enforce them in every build."));
        }

        return RuleSet.Default.SelectMany(rule => rule.Evaluate(view)).ToList();
    }

    /// <summary>Asks git once for the tracked files and once for the ignore status of the .env files.</summary>
    private static FileTracking Track(ScanRequest request, string? repositoryRoot, IReadOnlyList<SourceFile> files, List<ScanNote> notes)
    {
        if (request.Tracking == TrackingMode.AssumeAllTracked)
        {
            return FileTracking.Everything;
        }

        FileTracking Unknown(string reason)
        {
            notes.Add(new ScanNote($"BuildGuard: {reason}; the git-based checks (BG5001 committed credential files, BG5003 .env not ignored) were skipped."));
            return FileTracking.Unknown(reason);
        }

        if (repositoryRoot is null)
        {
            return Unknown("not inside a git repository");
        }

        var tracked = GitRepository.TrackedFiles(repositoryRoot, out var problem);
        if (tracked is null)
        {
            return Unknown(problem ?? "git could not list tracked files");
        }

        var envFiles = files.Where(f => f.Kind == FileKind.DotEnv).Select(f => f.Path).ToList();
        var ignored = GitRepository.IgnoredFiles(repositoryRoot, envFiles, out var ignoreProblem);
        if (ignored is null)
        {
            notes.Add(new ScanNote($"BuildGuard: {ignoreProblem ?? "git could not check .gitignore rules"}; BG5003 (.env not ignored) was skipped."));
        }

        return FileTracking.FromGit(tracked, ignored);
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
