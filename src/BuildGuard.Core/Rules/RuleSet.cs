namespace BuildGuard.Core.Rules;

/// <summary>The rules the engine runs, in report order.</summary>
public static class RuleSet
{
    public static IReadOnlyList<IRule> Default { get; } =
    [
        new UnreadableInputRule(),
        new PlaceholderSecretRule(),
        new WeakSecretRule(),
        new HardcodedCredentialRule(),
        new RequiredKeyRule(),
        new DebugEnabledRule(),
        new DevelopmentEnvironmentRule(),
        new VerboseDiagnosticsConfigRule(),
        new WildcardCorsConfigRule(),
        new CommittedCredentialFileRule(),
        new CredentialFileInPublishRule(),
        new EnvNotIgnoredRule(),
    ];
}
