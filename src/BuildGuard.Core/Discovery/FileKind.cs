namespace BuildGuard.Core.Discovery;

public enum FileKind
{
    /// <summary>Any other text file: scanned for credential formats only (BG1003).</summary>
    Text,
    /// <summary>A file whose extension says binary: never read; only its name matters (BG5001/BG5002).</summary>
    Binary,
    /// <summary>appsettings.json / appsettings.{Environment}.json (any case).</summary>
    AppSettings,
    /// <summary>.env, .env.{environment}, and compose env files named *.env (hosts.env).</summary>
    DotEnv,
    /// <summary>.env.example / .env.sample / .env.template and variants: declare keys, never judged.</summary>
    EnvTemplate,
    /// <summary>docker-compose*.yml / compose*.yml.</summary>
    Compose,
    /// <summary>buildguard.json: required keys.</summary>
    BuildGuardConfig,
    /// <summary>buildguard.baseline.json: accepted findings, not reported again.</summary>
    Baseline,
    GitIgnore,
    /// <summary>web.config: the environment variables IIS / ANCM passes to the app.</summary>
    WebConfig,
}

/// <summary>
/// Where a file belongs. Test projects and documentation are full of sample passwords, fake tokens and
/// throw-away certificates that never reach production; only provider tokens are looked for there.
/// </summary>
public enum FileRole
{
    Production,
    Test,
    Documentation,
}
