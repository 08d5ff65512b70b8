namespace BuildGuard.CodeRules;

/// <summary>A code rule's identity as DESIGN.md fixes it: code, title, help link.</summary>
/// <param name="Code">BGxxxx.</param>
/// <param name="Title">The title of the rule table in DESIGN.md.</param>
/// <param name="Description">One sentence on what fires it.</param>
public sealed record CodeRuleInfo(string Code, string Title, string Description)
{
    public const string HelpLinkBase = "https://github.com/buildguard/buildguard/blob/main/docs/rules/";

    /// <summary>docs/rules/{Code}.md on GitHub.</summary>
    public string HelpLink => HelpLinkBase + Code + ".md";

    public static CodeRuleInfo PlaceholderFallback { get; } =
        new CodeRuleInfo("BG1004", "Placeholder fallback in code", "C# code falls back to, or passes, a literal secret.");

    public static CodeRuleInfo VerboseDiagnostics { get; } =
        new CodeRuleInfo("BG3003", "Verbose diagnostics", "Developer diagnostics are switched on outside a Development guard.");

    public static CodeRuleInfo WildcardCors { get; } =
        new CodeRuleInfo("BG4002", "Wildcard CORS in code", "A CORS policy in code allows any origin.");

    /// <summary>The rules <see cref="CodeRuleRunner"/> runs.</summary>
    public static IReadOnlyList<CodeRuleInfo> All { get; } = new[] { PlaceholderFallback, VerboseDiagnostics, WildcardCors };
}
