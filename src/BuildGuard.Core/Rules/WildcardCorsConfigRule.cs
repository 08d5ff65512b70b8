using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>
/// BG4001: a CORS origins setting holding "*", alone or in a list, or a CORS allow-all switch that is on
/// (CORS_ORIGIN_ALLOW_ALL=True). AllowedHosts is host filtering and never matches.
/// </summary>
public sealed class WildcardCorsConfigRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.WildcardCorsConfig;

    public IEnumerable<Finding> Evaluate(ScanView view) =>
        SwitchSettings.Of(view)
            .Where(s => (KeyClassifier.IsCorsOrigins(s.Key) && HasWildcard(s.Value)) ||
                        (KeyClassifier.IsCorsAllowAllSwitch(s.Key) && ValueShapes.IsTruthy(s.Value)))
            .Select(s => new Finding(Descriptor, s.Location,
                $"{Messages.Where(s)} allows any origin{(KeyClassifier.IsCorsOrigins(s.Key) ? " ('*')" : " (an allow-all switch is on)")}. List the exact origins that may call this app " +
                "(e.g. https://app.example.com); a wildcard lets every website read responses meant for your users.",
                s.Key));

    private static bool HasWildcard(string value) =>
        value.Split([',', ';', ' ', '\t', '[', ']', '"', '\''], StringSplitOptions.RemoveEmptyEntries).Any(part => part == "*");
}
