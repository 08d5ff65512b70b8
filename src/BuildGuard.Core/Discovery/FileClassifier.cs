using BuildGuard.Core.Parsing;

namespace BuildGuard.Core.Discovery;

/// <summary>What a file is, from its name alone, and which environment it belongs to (null = every environment).</summary>
public static class FileClassifier
{
    /// <summary>Name words that make an env file a template: its values are examples, its keys declarations.</summary>
    private static readonly string[] TemplateWords = ["example", "sample", "template", "dist", "tpl", "skel"];

    /// <summary>Name words that tie a file to a developer's machine or a test run, never to production.</summary>
    private static readonly string[] DevelopmentWords = ["dev", "development", "local", "override", "debug", "test", "tests", "testing"];

    public static (FileKind Kind, string? Environment) Classify(string path)
    {
        var name = Path.GetFileName(path);
        var lower = name.ToLowerInvariant();

        if (lower == ".gitignore")
        {
            return (FileKind.GitIgnore, null);
        }

        if (lower == "buildguard.json")
        {
            return (FileKind.BuildGuardConfig, null);
        }

        if (lower.StartsWith("appsettings", StringComparison.Ordinal) && lower.EndsWith(".json", StringComparison.Ordinal))
        {
            var middle = name["appsettings".Length..^".json".Length];
            if (middle.Length == 0)
            {
                return (FileKind.AppSettings, null);
            }

            return middle[0] == '.' ? (FileKind.AppSettings, middle[1..]) : (FileKind.Other, null);
        }

        if ((lower.StartsWith("docker-compose", StringComparison.Ordinal) || lower.StartsWith("compose", StringComparison.Ordinal)) &&
            (lower.EndsWith(".yml", StringComparison.Ordinal) || lower.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            return (FileKind.Compose, HasAny(NameWords(lower), DevelopmentWords) ? "Development" : null);
        }

        var isDotEnv = lower == ".env" || lower.StartsWith(".env.", StringComparison.Ordinal) ||
                       lower.EndsWith(".env", StringComparison.Ordinal) || lower.StartsWith("env.", StringComparison.Ordinal) ||
                       (lower.Contains(".env.", StringComparison.Ordinal) && !lower.EndsWith(".cs", StringComparison.Ordinal));
        if (!isDotEnv || lower.EndsWith(".json", StringComparison.Ordinal) || lower.EndsWith(".yml", StringComparison.Ordinal))
        {
            return (FileKind.Other, null);
        }

        var words = NameWords(lower);
        if (HasAny(words, TemplateWords))
        {
            return (FileKind.EnvTemplate, null);
        }

        // .env.production / .env.staging name their environment; hosts.env, .env belong to every environment.
        var environment = lower.StartsWith(".env.", StringComparison.Ordinal) ? name[5..] : null;
        if (environment is null && HasAny(words, DevelopmentWords))
        {
            environment = "Development";
        }

        return (FileKind.DotEnv, environment);
    }

    /// <summary>True when a file tied to <paramref name="fileEnvironment"/> is part of the <paramref name="viewEnvironment"/> view.</summary>
    public static bool BelongsTo(string? fileEnvironment, string viewEnvironment) =>
        fileEnvironment is null ||
        string.Equals(Canonical(fileEnvironment), Canonical(viewEnvironment), StringComparison.OrdinalIgnoreCase);

    /// <summary>".env.prod" and ".env.production" both mean Production; "dev" means Development.</summary>
    private static string Canonical(string environment) => environment.ToLowerInvariant() switch
    {
        "prod" => "production",
        "dev" => "development",
        "stage" => "staging",
        var other => other,
    };

    private static IReadOnlyList<string> NameWords(string lowerName) => KeyPath.Words(lowerName);

    private static bool HasAny(IReadOnlyList<string> words, string[] candidates) => words.Any(candidates.Contains);
}
