using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>
/// BG3003 (configuration shape): the default log level at Debug/Trace, or detailed errors on, in the
/// view. Category overrides (Logging:LogLevel:Microsoft, Serilog namespace overrides) are deliberate
/// and not reported.
/// </summary>
public sealed class VerboseDiagnosticsConfigRule : IRule
{
    /// <summary>Levels that log request data and internals: meant for a developer's console.</summary>
    private static readonly string[] VerboseLevels = ["debug", "trace"];

    public RuleDescriptor Descriptor => RuleCatalog.VerboseDiagnostics;

    public IEnumerable<Finding> Evaluate(ScanView view) =>
        SwitchSettings.Of(view).Select(s => Describe(s, view.Environment) is { } message ? new Finding(Descriptor, s.Location, message, s.Key) : null)
            .OfType<Finding>();

    private static string? Describe(Setting setting, string environment)
    {
        var key = KeyPath.FromEnvironmentName(setting.Key);
        if (string.Equals(key, "Logging:LogLevel:Default", StringComparison.OrdinalIgnoreCase) &&
            VerboseLevels.Contains(setting.Value.Trim().ToLowerInvariant()))
        {
            return $"{Messages.Where(setting)} sets the default log level to {setting.Value.Trim()} in the {environment} configuration: " +
                   "verbose logs leak request data and cost I/O. Use Information or Warning there and raise levels per category when debugging.";
        }

        var name = KeyPath.Compact(KeyPath.LastNamedSegment(key));
        if (name is "detailederrors" or "aspnetcoredetailederrors" && ValueShapes.IsTruthy(setting.Value))
        {
            return $"{Messages.Where(setting)} turns detailed errors on in the {environment} configuration: exception details reach clients. " +
                   "Turn it off outside development.";
        }

        return null;
    }
}
