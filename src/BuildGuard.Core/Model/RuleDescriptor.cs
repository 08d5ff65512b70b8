namespace BuildGuard.Core.Model;

/// <summary>A rule's fixed identity: code, title, severity in an enforced build, help link.</summary>
public sealed record RuleDescriptor(string Code, string Title, Severity EnforcedSeverity, string Description)
{
    public const string HelpLinkBase = "https://github.com/buildguard/buildguard/blob/main/docs/rules/";

    public string HelpLink => HelpLinkBase + Code + ".md";
}
