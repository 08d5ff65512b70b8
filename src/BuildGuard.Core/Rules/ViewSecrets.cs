using System.Runtime.CompilerServices;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>
/// The secrets of the view, each assessed once with its scope siblings (for user-name comparisons). BG1001,
/// BG1002 and BG1003 all read the view's verdicts: they are computed once per view and shared.
/// </summary>
internal static class ViewSecrets
{
    private static readonly ConditionalWeakTable<ScanView, IReadOnlyList<(Setting Setting, SecretAssessment Assessment)>> Cache = new();

    public static IReadOnlyList<(Setting Setting, SecretAssessment Assessment)> Assess(ScanView view) =>
        Cache.GetValue(view, v => AssessAll(v.Settings));

    public static IReadOnlyList<(Setting Setting, SecretAssessment Assessment)> AssessAll(IReadOnlyList<Setting> settings)
    {
        var scopes = settings.ToLookup(s => s.Scope, StringComparer.Ordinal);
        var assessed = new List<(Setting, SecretAssessment)>();
        foreach (var setting in settings)
        {
            if (SecretJudge.Assess(setting, scopes[setting.Scope]) is { } assessment)
            {
                assessed.Add((setting, assessment));
            }
        }

        return assessed;
    }
}
