using BuildGuard.Core.Knowledge;
using BuildGuard.Core.Masking;
using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>BG1001: a secret-named key (or the password inside a connection string) holds a placeholder.</summary>
public sealed class PlaceholderSecretRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PlaceholderSecret;

    public IEnumerable<Finding> Evaluate(ScanView view)
    {
        foreach (var setting in view.Settings)
        {
            if (!setting.IsLiteral || string.IsNullOrWhiteSpace(setting.Value) || ValueShapes.IsBoolean(setting.Value))
            {
                continue;
            }

            if (KeyClassifier.IsSecretNamed(setting.Key) && PlaceholderDetector.IsPlaceholder(setting.Value))
            {
                yield return Finding(setting, setting.Value, "holds a placeholder");
            }
            else if (ConnectionStrings.EmbeddedPassword(setting.Value) is { Length: > 0 } password && PlaceholderDetector.IsPlaceholder(password))
            {
                yield return Finding(setting, password, "embeds a placeholder password");
            }
        }
    }

    private Finding Finding(Setting setting, string placeholder, string what)
    {
        var mask = SecretMask.Placeholder(placeholder);
        return new Finding(Descriptor, setting.Location,
            $"{Messages.Where(setting)} {what} ({mask}), not a real secret. {Messages.MoveSecret(setting.Key)}",
            setting.Key, mask);
    }
}
