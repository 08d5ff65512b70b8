using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>BG3002: ASPNETCORE_ENVIRONMENT / DOTNET_ENVIRONMENT / APP_ENV … = Development in .env or the production view.</summary>
public sealed class DevelopmentEnvironmentRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.DevelopmentEnvironment;

    public IEnumerable<Finding> Evaluate(ScanView view) =>
        SwitchSettings.Of(view)
            .Where(s => KeyClassifier.IsEnvironmentName(s.Key) &&
                        SwitchKeyData.DevelopmentValues.Contains(s.Value.Trim().ToLowerInvariant()))
            .Select(s => new Finding(Descriptor, s.Location,
                $"{Messages.Where(s)} sets the environment to '{s.Value.Trim()}', which enables development-only behaviour " +
                "(developer exception page, development settings). Remove it; set the environment where the app is deployed.",
                s.Key));
}
