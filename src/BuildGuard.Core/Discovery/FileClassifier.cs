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

        if (lower == Engine.Baseline.FileName)
        {
            return (FileKind.Baseline, null);
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
            return (FileKind.Compose, HasAny(NameWords(lower), DevelopmentWords) || InDevelopmentFolder(path) ? "Development" : null);
        }

        if (!IsDotEnvName(lower))
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
        if (environment is null && (HasAny(words, DevelopmentWords) || InDevelopmentFolder(path)))
        {
            environment = "Development";
        }

        return (FileKind.DotEnv, environment);
    }

    /// <summary>
    /// What a file is for, from the folders between the scan root and it: test projects (tests/, *.Tests/,
    /// *.UnitTests/, __tests__/, fixtures/) and documentation (docs/, *.md) hold examples, not production settings.
    /// </summary>
    public static FileRole RoleOf(string path, string rootDirectory)
    {
        var relative = Path.GetRelativePath(rootDirectory, path);
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            return FileRole.Production; // .env files found above the root belong to the app being scanned
        }

        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var folders = segments.Take(segments.Length - 1).ToArray();
        if (folders.Any(IsTestFolder))
        {
            return FileRole.Test;
        }

        return folders.Any(f => DocumentationFolders.Contains(f)) || DocumentationExtensions.Contains(Path.GetExtension(path))
            ? FileRole.Documentation
            : FileRole.Production;
    }

    /// <summary>Folder names of test code and fixtures. "TestSuite" or "Contests" are not: the name must say tests.</summary>
    private static bool IsTestFolder(string folder)
    {
        var lower = folder.ToLowerInvariant();
        if (TestFolders.Contains(lower))
        {
            return true;
        }

        // Project folders: Foo.Tests, Foo.UnitTests, Foo-tests, FooTests, Foo.Test, Foo.Specs, Foo.IntegrationTests
        return TestFolderSuffixes.Any(suffix => lower.EndsWith(suffix, StringComparison.Ordinal)) ||
               (folder.EndsWith("Tests", StringComparison.Ordinal) && folder.Length > 5 && char.IsLower(folder[^6]));
    }

    private static readonly HashSet<string> TestFolders = new(StringComparer.Ordinal)
    {
        "test", "tests", "testing", "__tests__", "spec", "specs", "unittests", "integrationtests", "functionaltests",
        "e2e", "acceptance", "testdata", "test-data", "fixtures", "__fixtures__", "testresources",
    };

    private static readonly string[] TestFolderSuffixes =
        [".tests", ".test", "-tests", "_tests", ".specs", ".unittests", ".integrationtests", ".functionaltests", ".acceptancetests", ".e2e"];

    private static readonly HashSet<string> DocumentationFolders = new(StringComparer.OrdinalIgnoreCase) { "docs", "doc", "documentation" };

    private static readonly HashSet<string> DocumentationExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".rst", ".adoc", ".asciidoc" };

    /// <summary>Dev containers run on a developer's machine: their env files are development settings.</summary>
    private static bool InDevelopmentFolder(string path) =>
        path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(s => s.Equals(".devcontainer", StringComparison.OrdinalIgnoreCase));

    /// <summary>Extensions that make a file code or another format even when its name mentions env (env.ts, remix.env.d.ts, env.rs).</summary>
    private static readonly HashSet<string> CodeExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".py", ".rs", ".sh", ".bash", ".ps1", ".cs", ".fs", ".vb", ".go", ".rb",
        ".java", ".kt", ".php", ".json", ".yml", ".yaml", ".xml", ".md", ".txt", ".toml", ".lock", ".ini", ".cfg", ".conf",
    };

    /// <summary>
    /// .env, hosts.env, .env.production, .env.prod-sample, hosts.env.example, env.example: what follows ".env."
    /// names an environment or a template, never a code extension.
    /// </summary>
    private static bool IsDotEnvName(string lower)
    {
        if (lower == ".env" || lower.EndsWith(".env", StringComparison.Ordinal))
        {
            return true;
        }

        var index = lower.IndexOf(".env.", StringComparison.Ordinal);
        var suffixStart = lower.StartsWith("env.", StringComparison.Ordinal) ? 4 : index >= 0 ? index + 5 : -1;
        if (suffixStart < 0 || CodeExtensions.Contains(Path.GetExtension(lower)))
        {
            return false;
        }

        var words = KeyPath.Words(lower[suffixStart..]);
        return words.Count > 0 && words.All(w => w.Length > 2 || w is "qa" or "ci" or "uat");
    }

    /// <summary>The .env a template stands for: ".env.example" → ".env", ".env.prod-sample" → ".env.prod", "hosts.env.example" → "hosts.env".</summary>
    public static string? TemplateTarget(string templatePath)
    {
        var directory = Path.GetDirectoryName(templatePath) ?? string.Empty;
        var name = Path.GetFileName(templatePath);
        foreach (var marker in TemplateWords)
        {
            var index = name.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                continue;
            }

            var before = name[..index].TrimEnd('.', '-', '_');
            var after = name[(index + marker.Length)..].TrimStart('.', '-', '_');
            var target = (before, after) switch
            {
                ("", "") => ".env",
                ("", _) => after.StartsWith("env", StringComparison.OrdinalIgnoreCase) ? "." + after.TrimStart('.') : after,
                (_, "") => before,
                _ => before + "." + after,
            };
            return Path.Combine(directory, target);
        }

        return null;
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
