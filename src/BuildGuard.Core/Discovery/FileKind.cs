namespace BuildGuard.Core.Discovery;

public enum FileKind
{
    Other,
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
    GitIgnore,
}
