using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>BG1002: a real secret of the view that is too weak for its use (short key material, short or common password).</summary>
public sealed class WeakSecretRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.WeakSecret;

    public IEnumerable<Finding> Evaluate(ScanView view) =>
        ViewSecrets.Assess(view)
            .Where(x => x.Assessment.Verdict == SecretVerdict.Weak)
            .Select(x =>
            {
                var fingerprint = SecretMask.Hash(x.Assessment.Secret);
                var what = x.Assessment.Kind switch
                {
                    SecretKind.Password => x.Assessment.Embedded ? "embeds a weak password" : "is a weak password",
                    SecretKind.KeyMaterial => "is a weak key",
                    _ => "is a weak secret",
                };
                return new Finding(Descriptor, x.Setting.Location,
                    $"{Messages.Where(x.Setting)} {what}: {x.Assessment.Reason} ({fingerprint}). " +
                    $"Replace it with a generated value (dotnet buildguard keygen) kept outside the repository, and rotate the old one.",
                    x.Setting.Key, fingerprint);
            });
}
