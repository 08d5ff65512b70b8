namespace BuildGuard.Core.Model;

/// <summary>Every rule code BuildGuard owns (DESIGN.md fixes codes and titles).</summary>
public static class RuleCatalog
{
    public static readonly RuleDescriptor PlaceholderSecret = new("BG1001", "Placeholder secret", Severity.Error,
        "A secret-named key holds a known placeholder or default value.");
    public static readonly RuleDescriptor WeakSecret = new("BG1002", "Weak secret", Severity.Error,
        "A secret-named key holds a real but weak value.");
    public static readonly RuleDescriptor HardcodedCredential = new("BG1003", "Hardcoded credential", Severity.Error,
        "A tracked text file contains a high-confidence credential.");
    public static readonly RuleDescriptor PlaceholderFallback = new("BG1004", "Placeholder fallback in code", Severity.Error,
        "C# code falls back to a literal secret.");
    public static readonly RuleDescriptor MissingRequiredKey = new("BG2001", "Missing required key", Severity.Error,
        "A declared required key is in neither .env, the environment, nor the effective configuration.");
    public static readonly RuleDescriptor EmptyRequiredKey = new("BG2002", "Empty required key", Severity.Error,
        "A declared required key is present but empty.");
    public static readonly RuleDescriptor DebugEnabled = new("BG3001", "Debug enabled", Severity.Error,
        "A debug switch is on in .env or the production configuration.");
    public static readonly RuleDescriptor DevelopmentEnvironment = new("BG3002", "Development environment", Severity.Error,
        "The environment name is set to a development value in .env or the production configuration.");
    public static readonly RuleDescriptor VerboseDiagnostics = new("BG3003", "Verbose diagnostics", Severity.Warning,
        "Detailed errors, debug-level logging or a developer exception page in production.");
    public static readonly RuleDescriptor WildcardCorsConfig = new("BG4001", "Wildcard CORS in config", Severity.Error,
        "A CORS origins setting allows any origin.");
    public static readonly RuleDescriptor WildcardCorsCode = new("BG4002", "Wildcard CORS in code", Severity.Error,
        "A CORS policy in code allows any origin.");
    public static readonly RuleDescriptor CommittedCredentialFile = new("BG5001", "Committed credential file", Severity.Error,
        "A file that holds credentials by nature is tracked by git.");
    public static readonly RuleDescriptor CredentialFileInPublish = new("BG5002", "Credential file in publish output", Severity.Error,
        "A file that holds credentials by nature is among the files being published.");
    public static readonly RuleDescriptor EnvNotIgnored = new("BG5003", ".env not ignored", Severity.Warning,
        "A .env file exists but no .gitignore rule covers it.");
    public static readonly RuleDescriptor UnreadableInput = new("BG9001", "Unreadable input", Severity.Warning,
        "A configuration file could not be parsed.");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        PlaceholderSecret, WeakSecret, HardcodedCredential, PlaceholderFallback,
        MissingRequiredKey, EmptyRequiredKey,
        DebugEnabled, DevelopmentEnvironment, VerboseDiagnostics,
        WildcardCorsConfig, WildcardCorsCode,
        CommittedCredentialFile, CredentialFileInPublish, EnvNotIgnored,
        UnreadableInput,
    ];

    public static RuleDescriptor? Find(string code) =>
        All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
