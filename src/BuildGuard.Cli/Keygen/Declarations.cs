using BuildGuard.Core.Discovery;
using BuildGuard.Core.Editing;
using BuildGuard.Core.Parsing;
using BuildGuard.Core.Views;
using BuildGuard.Knowledge;

namespace BuildGuard.Cli.Keygen;

/// <summary>
/// A key keygen must fill, and what the declaring file says about it.
/// <see cref="Template"/> is set for keys of an .env template: its target is the .env beside it,
/// its comment and example value are hints.
/// </summary>
internal sealed record RequiredKey(string Key, string Source, string? Template = null, DotEnvAssignment? Example = null)
{
    /// <summary>The configuration form (Jwt__Key → Jwt:Key): what user-secrets stores and what keys are compared by.</summary>
    public string ConfigKey => KeyPath.FromEnvironmentName(Key);

    /// <summary>The .env spelling: a template's own spelling, otherwise the environment-variable form (Jwt:Key → Jwt__Key).</summary>
    public string EnvName => Template is not null ? Key : KeyPath.ToEnvironmentName(Key);
}

/// <summary>Gathers the keys PATH declares, as <c>check</c> sees them: .env templates, buildguard.json, &lt;BuildGuardRequiredKey&gt; items, plus --key.</summary>
internal static class Declarations
{
    /// <summary>The .env templates directly in <paramref name="root"/> (.env.example, .env.sample, .env.template and variants), by name.</summary>
    public static IReadOnlyList<string> Templates(string root) =>
        Directory.EnumerateFiles(root)
            .Where(f => FileClassifier.Classify(f).Kind == FileKind.EnvTemplate && FileClassifier.TemplateTarget(f) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every declared key once per configuration key (the first declaration wins), in declaration order.</summary>
    /// <exception cref="IOException">A template or buildguard.json could not be read.</exception>
    public static List<RequiredKey> Collect(string root, IEnumerable<(string Path, ProjectFileFacts Facts)> projects, IEnumerable<string> extraKeys, List<string> warnings)
    {
        var keys = new List<RequiredKey>();
        foreach (var template in Templates(root))
        {
            var document = DotEnvEditor.Read(File.ReadAllBytes(template));
            foreach (var error in document.Errors)
            {
                warnings.Add($"{Path.GetFileName(template)}({error.Line},{error.Column}): {error.Message}; keys after it were not read.");
            }

            keys.AddRange(document.Assignments.Select(a => new RequiredKey(a.Key, Path.GetFileName(template), template, a)));
        }

        var config = Path.Combine(root, "buildguard.json");
        if (File.Exists(config))
        {
            var parsed = JsonConfigParser.Parse(config, File.ReadAllText(config));
            foreach (var error in parsed.Errors)
            {
                warnings.Add($"buildguard.json({error.Line},{error.Column}): {error.Message}; its requiredKeys were not read.");
            }

            keys.AddRange(parsed.Entries
                .Where(e => e.Value is { Length: > 0 } && KeyPath.Segments(e.Key) is [var section, _] && section.Equals("requiredKeys", StringComparison.OrdinalIgnoreCase))
                .Select(e => new RequiredKey(e.Value!.Trim(), "buildguard.json")));
        }

        foreach (var (path, facts) in projects)
        {
            keys.AddRange(facts.RequiredKeys.Select(k => new RequiredKey(k, Path.GetFileName(path))));
        }

        keys.AddRange(extraKeys.Select(k => new RequiredKey(k.Trim(), "--key")));
        return keys;
    }
}
