using BuildGuard.Core.Model;

namespace BuildGuard.Core.Reporting;

/// <summary>A finding with the severity a host resolved for it (never <see cref="Severity.None"/> in a report).</summary>
public sealed record ReportedFinding(Finding Finding, Severity Severity)
{
    public RuleDescriptor Rule => Finding.Rule;
}

/// <summary>A rule as a host configured it for this run (SARIF's <c>defaultConfiguration</c>).</summary>
public sealed record ReportedRule(RuleDescriptor Rule, Severity Severity);
