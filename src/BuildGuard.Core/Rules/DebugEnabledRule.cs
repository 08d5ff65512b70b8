using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>BG3001: DEBUG=true, FLASK_DEBUG=1, APP_DEBUG=true … in .env or the production view.</summary>
public sealed class DebugEnabledRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.DebugEnabled;

    public IEnumerable<Finding> Evaluate(ScanView view) =>
        SwitchSettings.Of(view)
            .Where(s => KeyClassifier.IsDebugSwitch(s.Key) && ValueShapes.IsTruthy(s.Value))
            .Select(s => new Finding(Descriptor, s.Location,
                $"{Messages.Where(s)} turns debug mode on in the {view.Environment} configuration. " +
                "Set it to false (or remove it) for this environment and enable it only in development files.",
                s.Key));
}
