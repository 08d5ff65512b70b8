using BuildGuard.Core.Discovery;
using BuildGuard.Core.Knowledge;
using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>
/// BG1003: a credential committed to the repository: provider formats in any tracked text file, strong
/// values of secret-named keys in tracked configuration, and literal connection-string passwords in
/// configuration files outside the view (appsettings.Docker.json) except development files.
/// </summary>
public sealed class HardcodedCredentialRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.HardcodedCredential;

    public IEnumerable<Finding> Evaluate(ScanView view)
    {
        var findings = new List<Finding>();
        var kinds = view.Sources.ToDictionary(s => s.File.Path, s => s.File, StringComparer.Ordinal);
        var entries = view.FileEntries.Where(e => !e.DevelopmentOnly && IsCommitted(view, kinds[e.Location.FilePath])).ToList();
        // Where the view already reports a placeholder or weak value, that finding says it; elsewhere (a
        // non-view file, a value a later layer overrides) a committed password is still committed.
        var judgedByTheView = ViewSecrets.Assess(view).Where(x => x.Assessment.Verdict != SecretVerdict.Strong)
            .Select(x => x.Setting.Location).ToHashSet();
        foreach (var (setting, assessment) in ViewSecrets.AssessAll(entries))
        {
            if (assessment.Verdict == SecretVerdict.Strong || (assessment.Embedded && !judgedByTheView.Contains(setting.Location)))
            {
                var fingerprint = SecretMask.Hash(assessment.Secret);
                var what = assessment.Embedded ? "a connection string with a literal password" : "a literal secret";
                findings.Add(new Finding(Descriptor, setting.Location,
                    $"{setting.Key} in {setting.PlaceName} is {what} committed to the repository ({fingerprint}). " +
                    $"Rotate it, then load it from user-secrets or the environment ({KeyPath.ToEnvironmentName(setting.Key)}) instead of the file.",
                    setting.Key, fingerprint));
            }
        }

        var reportedLines = findings.Select(f => (f.Location.FilePath, f.Location.Line)).ToHashSet();
        foreach (var (file, _) in view.Sources)
        {
            if (file.Kind == FileKind.Binary || file.Text.Length == 0 || !IsCommitted(view, file))
            {
                continue;
            }

            var lines = new Lazy<LineMap>(() => new LineMap(file.Text));
            foreach (var match in CredentialScanner.Scan(file.Text).Where(m => file.IsProduction || !m.Pattern.CommonInExamples))
            {
                var (line, column) = lines.Value.Position(match.Start);
                if (reportedLines.Add((file.Path, line)))
                {
                    var fingerprint = SecretMask.Hash(file.Text.Substring(match.Start, match.Length));
                    findings.Add(new Finding(Descriptor, new SourceLocation(file.Path, line, column),
                        $"{match.Pattern.Description} committed in {Path.GetFileName(file.Path)} ({fingerprint}). " +
                        "Revoke and rotate it at the provider, remove it from the file (and from git history), and load it from user-secrets or the environment.",
                        match.Pattern.Id, fingerprint));
                }
            }
        }

        return findings;
    }

    /// <summary>Tracked per git; without git, every file but .env-style local secret stores is presumed committed.</summary>
    internal static bool IsCommitted(ScanView view, Engine.SourceFile file) =>
        view.Tracking.IsTracked(file.Path) ?? file.Kind != FileKind.DotEnv;

    private sealed class LineMap
    {
        private readonly List<int> _starts = [0];

        public LineMap(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(int offset)
        {
            var index = _starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, offset - _starts[line] + 1);
        }
    }
}
