using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>BG1001: a secret-named key (or the password inside a connection string) holds a placeholder.</summary>
public sealed class PlaceholderSecretRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PlaceholderSecret;

    public IEnumerable<Finding> Evaluate(ScanView view) =>
        ViewSecrets.Assess(view)
            .Where(x => x.Assessment.Verdict == SecretVerdict.Placeholder)
            .Select(x =>
            {
                var mask = SecretMask.Placeholder(x.Assessment.Secret);
                var what = x.Assessment.Embedded ? "embeds a placeholder password" : "holds a placeholder";
                return new Finding(Descriptor, x.Setting.Location,
                    $"{Messages.Where(x.Setting)} {what} ({mask}), not a real secret. {Messages.MoveSecret(x.Setting)}",
                    x.Setting.Key, mask);
            });
}
