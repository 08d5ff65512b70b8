using BuildGuard.Core.Discovery;
using BuildGuard.Core.Engine;
using BuildGuard.Core.Model;
using BuildGuard.Core.Parsing;
using Microsoft.Extensions.Configuration;

namespace BuildGuard.Core.Views;

/// <summary>
/// Parses the loaded files and assembles the view of one environment: appsettings layered per
/// directory exactly as ASP.NET Core layers them (Microsoft.Extensions.Configuration, environment
/// variables last), .env files of that environment, compose environment entries, and every key that
/// something declares required.
/// </summary>
public static class ViewBuilder
{
    public static ScanView Build(IReadOnlyList<SourceFile> files, ScanRequest request, FileTracking tracking)
    {
        var parseErrors = new List<(string, ParseError)>();
        var parsed = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);
        var composeRequired = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ParsedFile result;
            if (file.Kind == FileKind.Compose)
            {
                var compose = ComposeParser.Parse(file.Path, file.Text);
                result = compose.File;
                var directory = Path.GetDirectoryName(file.Path) ?? string.Empty;
                if (!composeRequired.TryGetValue(directory, out var names))
                {
                    composeRequired[directory] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                names.UnionWith(compose.RequiredVariables);
            }
            else
            {
                result = Parse(file);
            }

            parsed[file.Path] = result;
            parseErrors.AddRange(result.Errors.Select(e => (file.Path, e)));
        }

        var environmentByKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.EnvironmentVariables)
        {
            environmentByKey[KeyPath.FromEnvironmentName(name)] = value;
        }

        var fallbackLocation = SourceLocation.WholeFile(request.ProjectFile ?? string.Empty);
        var settings = new List<Setting>();
        // Tests and docs are parsed (a broken file is still BG9001) but hold samples, not the app's settings.
        var production = files.Where(f => f.IsProduction).ToList();
        AddConfiguration(production, parsed, request, settings, parseErrors, fallbackLocation);
        var dotEnvFiles = AddDotEnv(production, parsed, request.Environment, settings);
        AddCompose(production, parsed, settings);

        var declarations = Declarations(production, parsed, composeRequired, request, fallbackLocation);
        AddEnvironmentSettings(environmentByKey, settings, declarations, dotEnvFiles, fallbackLocation);

        return new ScanView
        {
            Environment = request.Environment,
            Settings = settings,
            Declarations = declarations,
            DotEnvFiles = dotEnvFiles,
            EnvironmentByKey = environmentByKey,
            ParseErrors = parseErrors,
            Sources = files.Select(f => (f, parsed[f.Path])).ToList(),
            FileEntries = FileEntries(production, parsed),
            Tracking = tracking,
            PublishFiles = request.PublishFiles,
        };
    }

    private static ParsedFile Parse(SourceFile file) => file.Kind switch
    {
        FileKind.AppSettings or FileKind.BuildGuardConfig => JsonConfigParser.Parse(file.Path, file.Text),
        FileKind.DotEnv or FileKind.EnvTemplate => DotEnvParser.Parse(file.Path, file.Text),
        FileKind.WebConfig => WebConfigParser.Parse(file.Path, file.Text),
        _ => new ParsedFile(file.Path, [], []),
    };

    /// <summary>Per directory: appsettings.json then appsettings.{Environment}.json, then environment variables.</summary>
    private static void AddConfiguration(IReadOnlyList<SourceFile> files, Dictionary<string, ParsedFile> parsed, ScanRequest request,
        List<Setting> settings, List<(string, ParseError)> parseErrors, SourceLocation environmentLocation)
    {
        var layersByDirectory = files
            .Where(f => f.Kind == FileKind.AppSettings && FileClassifier.BelongsTo(f.Environment, request.Environment) && !parsed[f.Path].Failed)
            .GroupBy(f => Path.GetDirectoryName(f.Path) ?? string.Empty, StringComparer.Ordinal);

        var environmentData = request.EnvironmentVariables.Select(kv => new KeyValuePair<string, string?>(KeyPath.FromEnvironmentName(kv.Key), kv.Value));
        foreach (var directory in layersByDirectory)
        {
            var layers = directory.OrderBy(f => f.Environment is null ? 0 : 1).ToList();
            var builder = new ConfigurationBuilder();
            var usable = new List<SourceFile>();
            foreach (var layer in layers)
            {
                try
                {
                    // The library decides values and key semantics; our reader only supplies positions.
                    // The JSON provider decides values and key semantics; our reader only supplies positions. Its data
                    // is re-added as an in-memory layer: a chained configuration would treat "" as "not set", and
                    // for ASP.NET Core an empty value in appsettings.Production.json does override the base file.
                    var layerRoot = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(layer.Text))).Build();
                    builder.AddInMemoryCollection(layerRoot.AsEnumerable().Where(kv => kv.Value is not null));
                    usable.Add(layer);
                }
                catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidDataException)
                {
                    parseErrors.Add((layer.Path, new ParseError("configuration could not load this file: " + ex.GetType().Name, 1, 1)));
                }
            }

            builder.AddInMemoryCollection(environmentData);
            var root = builder.Build();
            var providers = root.Providers.ToList();
            var positions = usable.Select(l => parsed[l.Path].Entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase)).ToList();

            foreach (var (key, value) in root.AsEnumerable())
            {
                if (value is null || !positions.Any(p => p.ContainsKey(key)))
                {
                    continue; // sections, and environment variables the app's files never mention
                }

                var supplier = providers.FindLastIndex(p => p.TryGet(key, out _));
                if (supplier < usable.Count)
                {
                    var entry = positions[supplier][key];
                    settings.Add(new Setting(key, value, new SourceLocation(usable[supplier].Path, entry.ValueLine, entry.ValueColumn), SettingOrigin.Configuration, IsLiteral: true)
                    {
                        Scope = JsonScope(usable[supplier].Path, key),
                    });
                }
                else
                {
                    settings.Add(new Setting(key, value, environmentLocation, SettingOrigin.Environment, IsLiteral: true));
                }
            }
        }
    }

    /// <summary>.env-style files of the view; in one directory .env.{environment} overrides .env.</summary>
    private static Dictionary<string, IReadOnlyList<ConfigEntry>> AddDotEnv(IReadOnlyList<SourceFile> files, Dictionary<string, ParsedFile> parsed,
        string environment, List<Setting> settings)
    {
        var inView = files.Where(f => f.Kind == FileKind.DotEnv && FileClassifier.BelongsTo(f.Environment, environment)).ToList();
        var result = inView.ToDictionary(f => f.Path, f => parsed[f.Path].Entries, StringComparer.Ordinal);
        foreach (var file in inView)
        {
            var overriding = inView.Where(o => o.Environment is not null && file.Environment is null &&
                Path.GetFileName(file.Path).Equals(".env", StringComparison.OrdinalIgnoreCase) &&
                Path.GetDirectoryName(o.Path) == Path.GetDirectoryName(file.Path))
                .SelectMany(o => parsed[o.Path].Entries.Select(e => e.Key))
                .ToHashSet(StringComparer.Ordinal);

            foreach (var entry in parsed[file.Path].Entries)
            {
                if (!overriding.Contains(entry.Key) && entry.Value is not null)
                {
                    settings.Add(new Setting(entry.Key, entry.Value, new SourceLocation(file.Path, entry.ValueLine, entry.ValueColumn), SettingOrigin.DotEnv, entry.IsLiteral)
                    {
                        Scope = file.Path,
                    });
                }
            }
        }

        return result;
    }

    private static void AddCompose(IReadOnlyList<SourceFile> files, Dictionary<string, ParsedFile> parsed, List<Setting> settings)
    {
        foreach (var file in files.Where(f => f.Kind == FileKind.WebConfig))
        {
            foreach (var entry in parsed[file.Path].Entries.Where(e => e.Value is not null))
            {
                settings.Add(new Setting(entry.Key, entry.Value!, new SourceLocation(file.Path, entry.ValueLine, entry.ValueColumn),
                    SettingOrigin.WebConfig, DotEnvParser.ContainsReference(entry.Value!) is false && !entry.Value!.Contains('%'))
                {
                    Scope = file.Path,
                });
            }
        }

        foreach (var file in files.Where(f => f.Kind == FileKind.Compose))
        {
            foreach (var entry in parsed[file.Path].Entries)
            {
                settings.Add(new Setting(entry.Key, entry.Value ?? string.Empty, new SourceLocation(file.Path, entry.ValueLine, entry.ValueColumn),
                    SettingOrigin.Compose, entry.IsLiteral, DevelopmentOnly: file.Environment is not null)
                {
                    Scope = file.Path + "|" + entry.Section,
                });
            }
        }
    }

    /// <summary>Literal entries of every non-template configuration file, flagged when the file is for development.</summary>
    private static List<Setting> FileEntries(IReadOnlyList<SourceFile> files, Dictionary<string, ParsedFile> parsed)
    {
        var entries = new List<Setting>();
        foreach (var file in files.Where(f => f.Kind is FileKind.AppSettings or FileKind.DotEnv or FileKind.Compose or FileKind.WebConfig))
        {
            var development = file.Environment is not null && FileClassifier.IsDevelopmentEnvironment(file.Environment);
            var origin = file.Kind switch
            {
                FileKind.AppSettings => SettingOrigin.Configuration,
                FileKind.DotEnv => SettingOrigin.DotEnv,
                FileKind.WebConfig => SettingOrigin.WebConfig,
                _ => SettingOrigin.Compose,
            };
            foreach (var entry in parsed[file.Path].Entries.Where(e => e.IsLiteral && e.Value is { Length: > 0 }))
            {
                entries.Add(new Setting(entry.Key, entry.Value!, new SourceLocation(file.Path, entry.ValueLine, entry.ValueColumn), origin, IsLiteral: true, development)
                {
                    Scope = file.Kind switch
                    {
                        FileKind.AppSettings => JsonScope(file.Path, entry.Key),
                        FileKind.Compose => file.Path + "|" + entry.Section,
                        _ => file.Path,
                    },
                });
            }
        }

        return entries;
    }

    private static string JsonScope(string path, string key)
    {
        var cut = key.LastIndexOf(KeyPath.Separator);
        return path + "|" + (cut < 0 ? string.Empty : key[..cut].ToUpperInvariant());
    }

    /// <summary>
    /// Keys that must be set: a template's keys when its .env exists (or when compose beside it requires
    /// them with ${VAR:?…}: the stack cannot start without them), buildguard.json, &lt;BuildGuardRequiredKey&gt; items.
    /// </summary>
    private static List<Declaration> Declarations(IReadOnlyList<SourceFile> files, Dictionary<string, ParsedFile> parsed,
        Dictionary<string, HashSet<string>> composeRequired, ScanRequest request, SourceLocation itemLocation)
    {
        var declarations = new List<Declaration>();
        var loaded = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var template in files.Where(f => f.Kind == FileKind.EnvTemplate))
        {
            var target = FileClassifier.TemplateTarget(template.Path);
            var targetExists = target is not null && loaded.Contains(target);
            var requiredByCompose = composeRequired.GetValueOrDefault(Path.GetDirectoryName(template.Path) ?? string.Empty);
            foreach (var entry in parsed[template.Path].Entries)
            {
                var enforced = targetExists || requiredByCompose?.Contains(entry.Key) == true;
                declarations.Add(new Declaration(entry.Key, new SourceLocation(template.Path, entry.Line, entry.Column),
                    Path.GetFileName(template.Path), targetExists ? target : null, AlwaysEnforced: enforced));
            }
        }

        foreach (var config in files.Where(f => f.Kind == FileKind.BuildGuardConfig))
        {
            foreach (var entry in parsed[config.Path].Entries)
            {
                if (entry.Value is { Length: > 0 } key && KeyPath.Segments(entry.Key) is [var section, _] &&
                    section.Equals("requiredKeys", StringComparison.OrdinalIgnoreCase))
                {
                    declarations.Add(new Declaration(key, new SourceLocation(config.Path, entry.ValueLine, entry.ValueColumn), "buildguard.json", null, AlwaysEnforced: true));
                }
            }
        }

        foreach (var key in request.RequiredKeys.Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            declarations.Add(new Declaration(key.Trim(), itemLocation, "a <BuildGuardRequiredKey> item", null, AlwaysEnforced: true));
        }

        return declarations;
    }


    /// <summary>
    /// Build environment variables that supply a key the project names (in .env files or declarations)
    /// but not in appsettings (those are layered above): judged like any other value.
    /// </summary>
    private static void AddEnvironmentSettings(Dictionary<string, string> environmentByKey, List<Setting> settings,
        List<Declaration> declarations, Dictionary<string, IReadOnlyList<ConfigEntry>> dotEnvFiles, SourceLocation location)
    {
        var configured = settings.Where(s => s.Origin is SettingOrigin.Configuration or SettingOrigin.Environment)
            .Select(s => s.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = declarations.Select(d => KeyPath.FromEnvironmentName(d.Key))
            .Concat(dotEnvFiles.Values.SelectMany(e => e).Select(e => KeyPath.FromEnvironmentName(e.Key)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var key in named)
        {
            if (!configured.Contains(key) && environmentByKey.TryGetValue(key, out var value))
            {
                settings.Add(new Setting(key, value, location, SettingOrigin.Environment, IsLiteral: true));
            }
        }
    }
}
