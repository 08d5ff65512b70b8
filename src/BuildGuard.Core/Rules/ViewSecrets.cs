using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>The secrets of the view, each assessed once with its scope siblings (for user-name comparisons).</summary>
internal static class ViewSecrets
{
    public static IEnumerable<(Setting Setting, SecretAssessment Assessment)> Assess(ScanView view) =>
        AssessAll(view.Settings);

    public static IEnumerable<(Setting Setting, SecretAssessment Assessment)> AssessAll(IReadOnlyList<Setting> settings)
    {
        var scopes = settings.ToLookup(s => s.Scope, StringComparer.Ordinal);
        foreach (var setting in settings)
        {
            if (SecretJudge.Assess(setting, scopes[setting.Scope]) is { } assessment)
            {
                yield return (setting, assessment);
            }
        }
    }
}
