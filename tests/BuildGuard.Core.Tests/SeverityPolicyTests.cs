using BuildGuard.Core.Model;

namespace BuildGuard.Core.Tests;

public class SeverityPolicyTests
{
    [Fact]
    public void Enforced_build_uses_the_rule_default()
    {
        var policy = new SeverityPolicy(enforced: true);
        Assert.Equal(Severity.Error, policy.Resolve(RuleCatalog.PlaceholderSecret));
        Assert.Equal(Severity.Warning, policy.Resolve(RuleCatalog.VerboseDiagnostics));
    }

    [Fact]
    public void Unenforced_build_reports_warnings_at_most()
    {
        var policy = new SeverityPolicy(enforced: false);
        Assert.Equal(Severity.Warning, policy.Resolve(RuleCatalog.PlaceholderSecret));
    }

    [Fact]
    public void NoWarn_silences_even_an_error()
    {
        var policy = new SeverityPolicy(enforced: true, noWarn: SeverityPolicy.SplitCodes("CS1591; bg1001"));
        Assert.Equal(Severity.None, policy.Resolve(RuleCatalog.PlaceholderSecret));
        Assert.Equal(Severity.Error, policy.Resolve(RuleCatalog.DebugEnabled));
    }

    [Fact]
    public void WarningsAsErrors_and_TreatWarningsAsErrors_raise_warnings()
    {
        Assert.Equal(Severity.Error, new SeverityPolicy(true, warningsAsErrors: ["BG3003"]).Resolve(RuleCatalog.VerboseDiagnostics));
        Assert.Equal(Severity.Error, new SeverityPolicy(true, treatWarningsAsErrors: true).Resolve(RuleCatalog.VerboseDiagnostics));
        Assert.Equal(Severity.Warning, new SeverityPolicy(true, treatWarningsAsErrors: true, warningsNotAsErrors: ["BG3003"]).Resolve(RuleCatalog.VerboseDiagnostics));
    }

    [Fact]
    public void Explicit_override_wins_over_default()
    {
        var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase) { ["BG1001"] = Severity.Warning };
        Assert.Equal(Severity.Warning, new SeverityPolicy(true, overrides: overrides).Resolve(RuleCatalog.PlaceholderSecret));
    }
}
