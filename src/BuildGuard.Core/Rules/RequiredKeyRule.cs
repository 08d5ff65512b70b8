using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>
/// BG2001 / BG2002: a declared key must be set, somewhere the app reads it: the .env its template
/// describes (or any .env of the view), the environment, or the effective configuration.
/// </summary>
public sealed class RequiredKeyRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.MissingRequiredKey;

    public IEnumerable<Finding> Evaluate(ScanView view)
    {
        var seen = new HashSet<(string, string?)>();
        // A key declared twice is judged once, by its strictest declaration (an item beats a template without .env).
        foreach (var declaration in view.Declarations.OrderByDescending(d => d.AlwaysEnforced))
        {
            if (!seen.Add((KeyPath.FromEnvironmentName(declaration.Key).ToUpperInvariant(), declaration.EnvFile)))
            {
                continue;
            }

            var candidates = Candidates(view, declaration).ToList();
            if (candidates.Any(c => !string.IsNullOrWhiteSpace(c.Value)))
            {
                continue;
            }

            if (candidates.Count > 0)
            {
                var empty = candidates[0];
                yield return new Finding(RuleCatalog.EmptyRequiredKey, empty.Location,
                    $"{declaration.Key} is required (declared in {declaration.Source}) but is empty in {empty.Place}. " +
                    "Give it a value (dotnet buildguard keygen for keys) or supply it through the environment.",
                    declaration.Key);
            }
            else if (declaration.AlwaysEnforced)
            {
                var target = declaration.EnvFile is null ? ".env" : Path.GetFileName(declaration.EnvFile);
                yield return new Finding(Descriptor, declaration.Location,
                    $"{declaration.Key} is required (declared in {declaration.Source}) but is set in neither {target}, the environment " +
                    $"({KeyPath.ToEnvironmentName(declaration.Key)}) nor the configuration. Add it to {target} (dotnet buildguard keygen) " +
                    "or supply it through the environment / user-secrets.",
                    declaration.Key);
            }
        }
    }

    private static IEnumerable<(string Value, SourceLocation Location, string Place)> Candidates(ScanView view, Declaration declaration)
    {
        var configKey = KeyPath.FromEnvironmentName(declaration.Key);
        if (view.EnvironmentByKey.TryGetValue(configKey, out var fromEnvironment))
        {
            yield return (fromEnvironment, declaration.Location, "the environment");
        }

        foreach (var (path, entries) in view.DotEnvFiles)
        {
            if (declaration.EnvFile is not null && !string.Equals(path, declaration.EnvFile, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var entry in entries.Where(e => string.Equals(KeyPath.FromEnvironmentName(e.Key), configKey, StringComparison.OrdinalIgnoreCase)))
            {
                var value = entry.IsLiteral ? entry.Value ?? string.Empty : "${…}";
                yield return (value, new SourceLocation(path, entry.ValueLine, entry.ValueColumn), Path.GetFileName(path));
            }
        }

        foreach (var setting in view.Settings.Where(s => s.Origin == SettingOrigin.Configuration &&
                                                          string.Equals(s.Key, configKey, StringComparison.OrdinalIgnoreCase)))
        {
            yield return (setting.Value, setting.Location, setting.PlaceName);
        }
    }
}
