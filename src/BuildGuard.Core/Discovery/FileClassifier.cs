namespace BuildGuard.Core.Discovery;

/// <summary>What a file is, from its name alone, and which environment it belongs to (null = every environment).</summary>
public static class FileClassifier
{
    /// <summary>Name words that make an env file a template: its values are examples, its keys declarations.</summary>
    private static readonly string[] TemplateWords = ["example", "sample", "template", "dist", "tpl", "skel"];

    /// <summary>Name words that tie a file to a developer's machine or a test run, never to production.</summary>
    private static readonly string[] DevelopmentWords = ["dev", "development", "local", "override", "debug", "test", "tests", "testing"];

    /// <summary>Extensions of files that are never text: read neither for config nor for credential formats.</summary>
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp", ".svgz", ".tif", ".tiff", ".psd",
        ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".wav", ".avi", ".mov", ".webm", ".ogg",
        ".zip", ".gz", ".tgz", ".7z", ".rar", ".tar", ".nupkg", ".snupkg", ".jar", ".war",
        ".dll", ".exe", ".pdb", ".so", ".dylib", ".a", ".lib", ".obj", ".o", ".class", ".pyc", ".wasm",
        ".pfx", ".p12", ".jks", ".keystore", ".kdbx", ".db", ".sqlite", ".mdf", ".ldf", ".bin", ".pdf", ".docx", ".xlsx", ".pptx",
    };

    public static (FileKind Kind, string? Environment) Classify(string path)
    {
        var name = Path.GetFileName(path);
        var lower = name.ToLowerInvariant();
        if (BinaryExtensions.Contains(Path.GetExtension(name)))
        {
            return (FileKind.Binary, null);
        }

        if (lower == ".gitignore")
        {
            return (FileKind.GitIgnore, null);
        }

        if (lower == "web.config")
        {
            return (FileKind.WebConfig, null);
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

            return middle[0] == '.' ? (FileKind.AppSettings, middle[1..]) : (FileKind.Text, null);
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
            return (FileKind.Text, null);
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

    /// <summary>Files of the configuration kinds the view is built from.</summary>
    public static bool IsConfiguration(FileKind kind) =>
        kind is FileKind.AppSettings or FileKind.DotEnv or FileKind.EnvTemplate or FileKind.Compose or FileKind.BuildGuardConfig or FileKind.WebConfig;

    /// <summary>True when a file tied to <paramref name="fileEnvironment"/> is part of the <paramref name="viewEnvironment"/> view.</summary>
    public static bool BelongsTo(string? fileEnvironment, string viewEnvironment) =>
        fileEnvironment is null ||
        string.Equals(Canonical(fileEnvironment), Canonical(viewEnvironment), StringComparison.OrdinalIgnoreCase);

    /// <summary>Development, Local, Test…: environments of a developer's machine or a test run.</summary>
    public static bool IsDevelopmentEnvironment(string environment) =>
        KeyPath.Words(environment.ToLowerInvariant()).Any(DevelopmentWords.Contains);

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
