using System.CommandLine;
using System.Text;
using BuildGuard.Cli.Keygen;
using BuildGuard.Core.Discovery;
using BuildGuard.Core.Editing;
using BuildGuard.Core.Knowledge;
using BuildGuard.Core.Model;
using BuildGuard.Core.Parsing;
using BuildGuard.Core.Rules;
using BuildGuard.Core.Views;
using BuildGuard.Knowledge;

namespace BuildGuard.Cli.Commands;

/// <summary>
/// <c>keygen [PATH] [--project CSPROJ] [--user-secrets] [--env-file FILE] [--key NAME]... [--force] [--dry-run] [--show] [--init]</c>:
/// fills the keys PATH declares (and --key names) that are missing, empty, placeholders or weak, in .env
/// or user-secrets, with key material from NSec. Never prints a generated value unless --show.
/// Exit 0 done or nothing to do, 1 some keys need a value keygen cannot make, 2 usage or I/O error.
/// </summary>
internal static class KeygenCommand
{
    private static readonly string[] ProjectFileExtensions = [".csproj", ".fsproj", ".vbproj"];

    internal sealed record Options(
        string Path,
        string? Project = null,
        bool UserSecrets = false,
        string? EnvFile = null,
        IReadOnlyList<string>? Keys = null,
        bool Force = false,
        bool DryRun = false,
        bool Show = false,
        bool Init = false);

    public static Command Create(CliApp app)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "The project folder whose declared keys are filled (.env.example/.sample/.template, buildguard.json requiredKeys, <BuildGuardRequiredKey> items), or a project file.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var project = new Option<string?>("--project", "-p")
        {
            Description = "The project file whose UserSecretsId and <BuildGuardRequiredKey> items are used (default: the single project file in PATH).",
            HelpName = "CSPROJ",
        };
        var userSecrets = new Option<bool>("--user-secrets")
        {
            Description = "Write the keys to the project's user-secrets (secrets.json, keys as Section:Key) instead of .env. Add --env-file to write both.",
        };
        var envFile = new Option<string?>("--env-file")
        {
            Description = "The .env file to fill (default: the .env its template describes, e.g. .env.example → .env, else PATH/.env).",
            HelpName = "FILE",
        };
        var key = new Option<string[]>("--key", "-k")
        {
            Description = "Also fill this key (repeatable): Jwt:SigningKey, JWT_SECRET.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Also replace values that are already strong (rotation). Provider-issued credentials are never replaced.",
        };
        var dryRun = new Option<bool>("--dry-run", "-n")
        {
            Description = "Write nothing; list what would be generated, copied or needs a value.",
        };
        var show = new Option<bool>("--show")
        {
            Description = "Print the generated values (they are never printed otherwise).",
        };
        var init = new Option<bool>("--init")
        {
            Description = "With --user-secrets: add a <UserSecretsId> (a new GUID) to a project file that has none.",
        };

        var command = new Command("keygen", "Fill required keys that are missing, empty, placeholders or weak with strong generated values, in .env or user-secrets. Exit code: 0 done, 1 some keys need a value only you or a provider can supply, 2 usage or I/O error.")
        {
            path, project, userSecrets, envFile, key, force, dryRun, show, init,
        };
        command.SetAction(parseResult => (int)Run(app, new Options(
            parseResult.GetValue(path) ?? ".",
            parseResult.GetValue(project),
            parseResult.GetValue(userSecrets),
            parseResult.GetValue(envFile),
            parseResult.GetValue(key) ?? [],
            parseResult.GetValue(force),
            parseResult.GetValue(dryRun),
            parseResult.GetValue(show),
            parseResult.GetValue(init))));
        return command;
    }

    internal static ExitCodes Run(CliApp app, Options options, AtomicFileWriter? writer = null)
    {
        try
        {
            return new KeygenRun(app, options, writer ?? new AtomicFileWriter()).Execute();
        }
        catch (KeygenUsageException ex)
        {
            app.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.UsageOrIOError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Messages of file-system exceptions name paths, never file contents.
            app.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageOrIOError;
        }
    }

    /// <summary>Bad arguments or unusable inputs: reported as "error: …", exit 2, nothing written.</summary>
    private sealed class KeygenUsageException(string message) : Exception(message);

    private enum ValueState
    {
        Missing,
        Empty,
        Placeholder,
        Weak,
        Strong,
        Reference,
    }

    private enum Action
    {
        Generate,
        CopyExample,
        SetPublicKey,
        Keep,
        NeedsProvider,
        NeedsValue,
    }

    private sealed record Plan(RequiredKey Key, KeyKindResult Kind, string Name, ValueState State, Action Action, string? Note = null)
    {
        public GeneratedKey? Generated { get; set; }

        public string? Value { get; set; }
    }

    /// <summary>A file keygen fills: a .env, or a project's secrets.json.</summary>
    private sealed class Target
    {
        public required string Path { get; init; }

        public required string Display { get; init; }

        public required bool IsUserSecrets { get; init; }

        public byte[]? Original { get; init; }

        public DotEnvDocument? DotEnv { get; init; }

        public SecretsJsonDocument? Secrets { get; init; }

        public List<RequiredKey> Keys { get; } = [];

        public List<Plan> Plans { get; } = [];
    }

    private sealed class KeygenRun(CliApp app, Options options, AtomicFileWriter writer)
    {
        private readonly List<string> _warnings = [];
        private readonly Dictionary<string, (KeyKind Kind, GeneratedKey Key)> _generated = new(StringComparer.OrdinalIgnoreCase);
        private string _root = string.Empty;

        public ExitCodes Execute()
        {
            var (root, pathProject) = ResolvePath();
            _root = root;
            if (options.Init && !options.UserSecrets)
            {
                throw new KeygenUsageException("--init adds a UserSecretsId for --user-secrets; use them together.");
            }

            var projects = ResolveProjects(root, pathProject);
            foreach (var name in (options.Keys ?? []).Where(k => !IsValidKeyName(k)))
            {
                throw new KeygenUsageException($"--key '{name}' is not a key name: use letters, digits, '_', '.', '-' and ':' (Jwt:SigningKey, JWT_SECRET).");
            }

            var declared = Declarations.Collect(root, projects.Select(p => (p.Path, p.Facts)), options.Keys ?? [], _warnings);
            if (declared.Count == 0)
            {
                FlushWarnings();
                app.Output.WriteLine("keygen: nothing to do: PATH declares no keys (no .env.example/.env.sample/.env.template, no buildguard.json requiredKeys, no <BuildGuardRequiredKey> items). Name keys with --key NAME.");
                return ExitCodes.Ok;
            }

            // Everything is read and checked before anything is written: an error leaves every file as it was.
            var targets = new List<Target>();
            string? initProject = null;
            string? newSecretsId = null;
            if (options.UserSecrets)
            {
                var (target, initPath, newId) = UserSecretsTarget(projects);
                targets.Add(target);
                initProject = initPath;
                newSecretsId = newId;
            }

            if (!options.UserSecrets || options.EnvFile is not null)
            {
                targets.AddRange(EnvTargets(root, declared));
            }

            if (options.UserSecrets)
            {
                var secrets = targets[0];
                foreach (var key in declared.Where(k => !secrets.Keys.Any(s => SameKey(s.Key, k.Key))))
                {
                    secrets.Keys.Add(key);
                }
            }

            foreach (var target in targets)
            {
                PlanTarget(target);
            }

            FlushWarnings();
            var written = options.DryRun ? [] : Write(targets, initProject, newSecretsId);
            Report(targets, written, initProject, newSecretsId);
            ReportGitIgnore(targets);

            // Exit 1 is for secrets still missing (a provider's credential, a connection string). A plain setting
            // the template leaves empty (a host name, "keep this empty to disable") is listed, not a failure.
            var unresolved = targets.SelectMany(t => t.Plans).Any(p =>
                p.Action == Action.NeedsProvider || (p.Action == Action.NeedsValue && p.Kind.Kind != KeyKind.NotASecret));
            return unresolved ? ExitCodes.ErrorsFound : ExitCodes.Ok;
        }

        private (string Root, string? Project) ResolvePath()
        {
            var full = System.IO.Path.GetFullPath(options.Path, app.CurrentDirectory);
            if (Directory.Exists(full))
            {
                return (full, null);
            }

            if (File.Exists(full) && ProjectFileExtensions.Contains(System.IO.Path.GetExtension(full), StringComparer.OrdinalIgnoreCase))
            {
                return (System.IO.Path.GetDirectoryName(full)!, full);
            }

            throw new KeygenUsageException(File.Exists(full)
                ? $"PATH '{options.Path}' is a file; give the project folder or its project file."
                : $"PATH '{options.Path}' does not exist.");
        }

        /// <summary>The project keygen reads (--project, PATH's project file, or the project files in PATH).</summary>
        private List<(string Path, ProjectFileFacts Facts, byte[] Bytes)> ResolveProjects(string root, string? pathProject)
        {
            List<string> paths;
            if (options.Project is not null)
            {
                var full = System.IO.Path.GetFullPath(options.Project, app.CurrentDirectory);
                if (Directory.Exists(full))
                {
                    paths = ProjectFilesIn(full);
                    if (paths.Count != 1)
                    {
                        throw new KeygenUsageException(paths.Count == 0
                            ? $"--project '{options.Project}' holds no project file."
                            : $"--project '{options.Project}' holds {paths.Count} project files; name one.");
                    }
                }
                else if (File.Exists(full))
                {
                    paths = [full];
                }
                else
                {
                    throw new KeygenUsageException($"--project '{options.Project}' does not exist.");
                }
            }
            else if (pathProject is not null)
            {
                paths = [pathProject];
            }
            else
            {
                paths = ProjectFilesIn(root);
                if (options.UserSecrets && paths.Count != 1)
                {
                    throw new KeygenUsageException(paths.Count == 0
                        ? $"--user-secrets needs a project (its UserSecretsId): PATH '{options.Path}' holds no project file; pass --project CSPROJ."
                        : $"--user-secrets needs one project, and PATH '{options.Path}' holds {paths.Count} ({string.Join(", ", paths.Select(System.IO.Path.GetFileName))}); pass --project CSPROJ.");
                }
            }

            var result = new List<(string, ProjectFileFacts, byte[])>();
            foreach (var path in paths)
            {
                var bytes = File.ReadAllBytes(path);
                var facts = ProjectFileEditor.Read(ProjectFileEditor.Decode(bytes).Text);
                if (facts.Error is not null)
                {
                    throw new KeygenUsageException($"{System.IO.Path.GetFileName(path)}: {facts.Error}; fix the project file first.");
                }

                result.Add((path, facts, bytes));
            }

            return result;
        }

        private static List<string> ProjectFilesIn(string directory) =>
            Directory.EnumerateFiles(directory)
                .Where(f => ProjectFileExtensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();

        private (Target Target, string? InitProject, string? NewId) UserSecretsTarget(List<(string Path, ProjectFileFacts Facts, byte[] Bytes)> projects)
        {
            var (projectPath, facts, _) = projects[0];
            var projectName = System.IO.Path.GetFileName(projectPath);
            var id = facts.UserSecretsId;
            string? newId = null;
            if (id is null)
            {
                if (!options.Init)
                {
                    throw new KeygenUsageException(
                        $"{projectName} has no <UserSecretsId>, so it has no user-secrets store. Add one with " +
                        $"'dotnet user-secrets init --project {projectPath}' or run keygen again with --init " +
                        "(if the id is set in an imported file such as Directory.Build.props, add it to the project file itself).");
                }

                newId = Guid.NewGuid().ToString();
                id = newId;
            }

            var secretsPath = UserSecretsStore.SecretsPath(id, app.EnvironmentVariables, out var problem)
                              ?? throw new KeygenUsageException($"{projectName}: cannot locate its user-secrets: {problem}.");
            string? text = null;
            byte[]? original = null;
            if (File.Exists(secretsPath))
            {
                original = File.ReadAllBytes(secretsPath);
                text = new UTF8Encoding(false).GetString(original).TrimStart('\uFEFF');
            }

            var document = SecretsJsonEditor.Read(text);
            if (!document.Succeeded)
            {
                throw new KeygenUsageException($"{secretsPath}: {document.Error}. keygen does not rewrite a secrets.json it cannot read; fix it (or 'dotnet user-secrets clear') first.");
            }

            var target = new Target
            {
                Path = secretsPath,
                Display = "user-secrets",
                IsUserSecrets = true,
                Original = original,
                Secrets = document,
            };
            return (target, newId is null ? null : projectPath, newId);
        }

        /// <summary>--env-file for every key; else each template's .env for its keys and PATH/.env for the rest.</summary>
        private List<Target> EnvTargets(string root, List<RequiredKey> declared)
        {
            var byPath = new Dictionary<string, List<RequiredKey>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var key in declared)
            {
                var path = options.EnvFile is not null
                    ? System.IO.Path.GetFullPath(options.EnvFile, app.CurrentDirectory)
                    : key.Template is not null ? FileClassifier.TemplateTarget(key.Template)! : System.IO.Path.Combine(root, ".env");
                if (!byPath.TryGetValue(path, out var keys))
                {
                    byPath[path] = keys = [];
                    order.Add(path);
                }

                if (!keys.Any(k => SameKey(k.Key, key.Key)))
                {
                    keys.Add(key);
                }
            }

            var targets = new List<Target>();
            foreach (var path in order)
            {
                if (Directory.Exists(path))
                {
                    throw new KeygenUsageException($"'{Display(path)}' is a folder; --env-file names the .env file to fill.");
                }

                if (System.IO.Path.GetDirectoryName(path) is { } directory && !Directory.Exists(directory))
                {
                    throw new KeygenUsageException($"the folder of '{Display(path)}' does not exist.");
                }

                byte[]? original = File.Exists(path) ? File.ReadAllBytes(path) : null;
                var document = DotEnvEditor.Read(original ?? []);
                var engineErrors = original is null ? [] : DotEnvParser.Parse(path, new UTF8Encoding(false).GetString(original)).Errors;
                if (document.Errors.Concat(engineErrors).FirstOrDefault() is { } error)
                {
                    throw new KeygenUsageException(
                        $"{Display(path)}({error.Line},{error.Column}): {error.Message}. keygen does not rewrite a .env it cannot read; fix that line first (the file was not changed).");
                }

                var target = new Target { Path = path, Display = Display(path), IsUserSecrets = false, Original = original, DotEnv = document };
                target.Keys.AddRange(byPath[path]);
                targets.Add(target);
            }

            return targets;
        }

        private void PlanTarget(Target target)
        {
            var siblings = CurrentSettings(target).ToList();
            foreach (var key in target.Keys)
            {
                var name = target.IsUserSecrets ? key.ConfigKey : key.EnvName;
                var kind = KeyKinds.Classify(key.Key, key.Example?.Comment, key.Example?.Value);
                var (state, current) = Judge(target, key, siblings);
                if (target.DotEnv is { } doc && doc.Count(name) > 1 && state != ValueState.Missing)
                {
                    _warnings.Add($"{target.Display} sets {name} {doc.Count(name)} times; loaders use the last one (line {doc.Effective(name)!.Line}), which is the one keygen judges and replaces. Remove the others.");
                }

                target.Plans.Add(Decide(key, kind, name, state, current));
            }

            // An Ed25519 private key's public twin (SIGNING_PRIVATE_KEY → SIGNING_PUBLIC_KEY) gets the new public key,
            // or, when the private key is kept and the twin is missing or empty, the public key derived from it.
            string? derived = null;
            foreach (var plan in target.Plans.Where(p => p.Kind.Kind == KeyKind.Ed25519 && p.Action is Action.Generate or Action.Keep).ToList())
            {
                var twin = PublicTwin(plan.Name);
                var index = target.Plans.FindIndex(p => twin is not null && SameKey(p.Name, twin) && p.Kind.Kind == KeyKind.NotASecret);
                if (index < 0)
                {
                    continue;
                }

                if (plan.Action == Action.Generate)
                {
                    target.Plans[index] = target.Plans[index] with { Action = Action.SetPublicKey, Note = plan.Name };
                }
                else if (target.Plans[index].Action is Action.NeedsValue or Action.CopyExample &&
                         CurrentValue(target, plan.Key) is { } privateKey && (derived = KeyGenerator.Ed25519PublicKeyOf(privateKey)) is not null)
                {
                    target.Plans[index] = target.Plans[index] with { Action = Action.SetPublicKey, Note = plan.Name };
                    target.Plans[index].Value = derived;
                }
            }

            foreach (var plan in target.Plans.Where(p => p.Action == Action.Generate))
            {
                // .env and user-secrets written in one run get the same value for the same key.
                if (_generated.TryGetValue(plan.Key.ConfigKey, out var earlier) && earlier.Kind == plan.Kind.Kind &&
                    JudgeValue(plan.Name, earlier.Key.Value, target, siblings) == ValueState.Strong)
                {
                    plan.Generated = earlier.Key;
                }
                else
                {
                    plan.Generated = GenerateStrong(plan, siblings);
                    _generated[plan.Key.ConfigKey] = (plan.Kind.Kind, plan.Generated);
                }

                plan.Value = plan.Generated.Value;
            }

            foreach (var plan in target.Plans.Where(p => p.Action == Action.SetPublicKey && p.Value is null))
            {
                plan.Value = target.Plans.First(p => p.Action == Action.Generate && SameKey(p.Name, plan.Note!)).Generated!.PublicKey;
            }

            foreach (var plan in target.Plans.Where(p => p.Action == Action.CopyExample))
            {
                plan.Value = plan.Key.Example!.Value;
            }
        }

        private Plan Decide(RequiredKey key, KeyKindResult kind, string name, ValueState state, string? current)
        {
            var unusable = state is ValueState.Missing or ValueState.Empty or ValueState.Placeholder or ValueState.Weak;
            switch (kind.Kind)
            {
                case var generatable when KeyGenerator.CanGenerate(generatable):
                    if (unusable || (options.Force && state == ValueState.Strong))
                    {
                        return new Plan(key, kind, name, state, Action.Generate);
                    }

                    return new Plan(key, kind, name, state, Action.Keep);

                case KeyKind.ProviderIssued:
                    return new Plan(key, kind, name, state, unusable ? Action.NeedsProvider : Action.Keep);

                case KeyKind.ManualSecret:
                    return new Plan(key, kind, name, state, unusable ? Action.NeedsValue : Action.Keep);

                default:
                    if (state is not (ValueState.Missing or ValueState.Empty))
                    {
                        return new Plan(key, kind, name, state, Action.Keep);
                    }

                    var example = key.Example;
                    var copyable = example is { IsLiteral: true } && !string.IsNullOrWhiteSpace(example.Value) &&
                                   !PlaceholderDetector.IsPlaceholder(example.Value) && !KeyClassifier.IsSecretNamed(key.ConfigKey);
                    return new Plan(key, kind, name, state, copyable ? Action.CopyExample : Action.NeedsValue);
            }
        }

        /// <summary>The engine's judgement of the key's current value in the target: the same verdicts as BG1001 / BG1002 / BG2001 / BG2002.</summary>
        private static (ValueState State, string? Value) Judge(Target target, RequiredKey key, IReadOnlyList<Setting> siblings)
        {
            string? value;
            var literal = true;
            if (target.DotEnv is { } document)
            {
                var assignment = document.Effective(key.EnvName);
                value = assignment?.Value;
                literal = assignment?.IsLiteral ?? true;
            }
            else
            {
                value = target.Secrets!.Get(key.ConfigKey);
            }

            if (value is null)
            {
                return (ValueState.Missing, null);
            }

            if (!literal)
            {
                return (ValueState.Reference, value);
            }

            return (JudgeValue(target.IsUserSecrets ? key.ConfigKey : key.EnvName, value, target, siblings), value);
        }

        private static ValueState JudgeValue(string name, string value, Target target, IReadOnlyList<Setting> siblings)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return ValueState.Empty;
            }

            var setting = MakeSetting(name, value, target);
            var assessment = SecretJudge.Assess(setting, siblings.Where(s => !SameKey(s.Key, name)).Append(setting));
            if (assessment is not null)
            {
                return assessment.Verdict switch
                {
                    SecretVerdict.Placeholder => ValueState.Placeholder,
                    SecretVerdict.Weak => ValueState.Weak,
                    _ => ValueState.Strong,
                };
            }

            // Not judged as a secret by the engine (a name, a switch, a sentinel such as "disabled"): only a typed stand-in is unusable.
            return PlaceholderDetector.IsPlaceholder(value) ? ValueState.Placeholder : ValueState.Strong;
        }

        private static Setting MakeSetting(string name, string value, Target target) =>
            new(name, value, SourceLocation.WholeFile(target.Path), target.IsUserSecrets ? SettingOrigin.Configuration : SettingOrigin.DotEnv, IsLiteral: true)
            {
                Scope = target.Path,
            };

        private static IEnumerable<Setting> CurrentSettings(Target target) =>
            target.DotEnv is { } document
                ? document.Assignments.Where(a => a.IsLiteral).Select(a => MakeSetting(a.Key, a.Value, target))
                : target.Secrets!.Entries.Select(e => MakeSetting(e.Key, e.Value, target));

        /// <summary>
        /// A fresh value the engine judges strong for this very key. A random value can, rarely, contain a
        /// placeholder word ("todo") or read as too few bytes for the engine's key-material test; it is then drawn again.
        /// </summary>
        private static GeneratedKey GenerateStrong(Plan plan, IReadOnlyList<Setting> siblings)
        {
            var target = new Target { Path = string.Empty, Display = string.Empty, IsUserSecrets = false };
            for (var attempt = 0; attempt < 64; attempt++)
            {
                var generated = KeyGenerator.Generate(plan.Kind.Kind);
                if (JudgeValue(plan.Name, generated.Value, target, siblings) == ValueState.Strong)
                {
                    return generated;
                }
            }

            throw new InvalidOperationException($"keygen could not generate a value the engine accepts for {plan.Name} ({plan.Kind.Kind}).");
        }

        private static string? CurrentValue(Target target, RequiredKey key) =>
            target.DotEnv is { } document ? document.Effective(key.EnvName)?.Value : target.Secrets!.Get(key.ConfigKey);

        private static string? PublicTwin(string privateName)
        {
            var index = privateName.IndexOf("private", StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return null;
            }

            var word = privateName.Substring(index, 7);
            var replacement = word.All(char.IsUpper) ? "PUBLIC" : char.IsUpper(word[0]) ? "Public" : "public";
            return privateName[..index] + replacement + privateName[(index + 7)..];
        }

        /// <summary>Writes every changed file (project file for --init, secrets.json, .env files); returns the paths written.</summary>
        private List<string> Write(List<Target> targets, string? initProject, string? newSecretsId)
        {
            var written = new List<string>();
            if (initProject is not null && targets.Any(t => t.IsUserSecrets && t.Plans.Any(Changes)))
            {
                var (text, bom) = ProjectFileEditor.Decode(File.ReadAllBytes(initProject));
                var edited = ProjectFileEditor.AddUserSecretsId(text, newSecretsId!);
                if (!edited.Succeeded)
                {
                    throw new KeygenUsageException($"{System.IO.Path.GetFileName(initProject)}: {edited.Error}.");
                }

                writer.Write(initProject, ProjectFileEditor.Encode(edited.Text!, bom));
                written.Add(initProject);
            }

            foreach (var target in targets)
            {
                var changes = target.Plans.Where(Changes).ToList();
                if (changes.Count == 0)
                {
                    continue;
                }

                byte[] bytes;
                if (target.IsUserSecrets)
                {
                    var existing = target.Original is null ? null : new UTF8Encoding(false).GetString(target.Original).TrimStart('\uFEFF');
                    var result = SecretsJsonEditor.Apply(existing, changes.Select(p => new KeyValuePair<string, string>(p.Key.ConfigKey, p.Value!)).ToList());
                    if (!result.Succeeded)
                    {
                        throw new KeygenUsageException($"{target.Path}: {result.Error}.");
                    }

                    bytes = SecretsJsonEditor.FileEncoding.GetPreamble().Concat(SecretsJsonEditor.FileEncoding.GetBytes(result.Text!)).ToArray();
                    var directory = System.IO.Path.GetDirectoryName(target.Path)!;
                    if (!Directory.Exists(directory))
                    {
                        if (OperatingSystem.IsWindows())
                        {
                            Directory.CreateDirectory(directory);
                        }
                        else
                        {
                            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                        }
                    }
                }
                else
                {
                    var edits = changes.Select(p => new DotEnvEdit(p.Name, p.Value!, p.Action == Action.CopyExample ? p.Key.Example!.Quote : '\0')).ToList();
                    var result = DotEnvEditor.Apply(target.Original, edits);
                    if (!result.Succeeded)
                    {
                        throw new KeygenUsageException($"{target.Display}: {result.Error}.");
                    }

                    bytes = result.Bytes!;
                }

                if (target.Original is not null && bytes.AsSpan().SequenceEqual(target.Original))
                {
                    continue;
                }

                writer.Write(target.Path, bytes, OperatingSystem.IsWindows() ? null : AtomicFileWriter.OwnerOnly);
                written.Add(target.Path);
            }

            return written;
        }

        private static bool Changes(Plan plan) => plan.Action is Action.Generate or Action.CopyExample or Action.SetPublicKey && plan.Value is not null;

        private void Report(List<Target> targets, List<string> written, string? initProject, string? newSecretsId)
        {
            var output = app.Output;
            var would = options.DryRun ? "would " : string.Empty;
            if (initProject is not null)
            {
                output.WriteLine(options.DryRun
                    ? $"would add <UserSecretsId> (a new GUID) to {Display(initProject)}"
                    : written.Contains(initProject) ? $"added <UserSecretsId>{newSecretsId}</UserSecretsId> to {Display(initProject)}" : $"{Display(initProject)} unchanged (nothing to store)");
            }

            foreach (var target in targets)
            {
                var where = target.IsUserSecrets ? "user-secrets" : target.Display;
                foreach (var plan in target.Plans)
                {
                    switch (plan.Action)
                    {
                        case Action.Generate:
                            var description = plan.Generated?.Description ?? KeyGenerator.Describe(plan.Kind.Kind);
                            var replacing = plan.State switch
                            {
                                ValueState.Missing => string.Empty,
                                ValueState.Empty => ", replacing an empty value",
                                ValueState.Placeholder => ", replacing a placeholder",
                                ValueState.Weak => ", replacing a weak value",
                                _ => ", replacing the previous value (--force)",
                            };
                            output.WriteLine($"{would}generate{(options.DryRun ? string.Empty : "d")} {plan.Name} ({description}) → {where}{replacing}");
                            if (options.Show && plan.Value is not null)
                            {
                                output.WriteLine($"  {plan.Name}={plan.Value}");
                            }

                            if (!options.DryRun && plan.Generated?.PublicKey is { } publicKey)
                            {
                                output.WriteLine($"  public key (Ed25519, base64, not secret): {publicKey}");
                            }

                            break;
                        case Action.SetPublicKey:
                            output.WriteLine($"{would}set {plan.Name} to the Ed25519 public key of {plan.Note} → {where}");
                            break;
                        case Action.CopyExample:
                            output.WriteLine($"{would}cop{(options.DryRun ? "y" : "ied")} {plan.Name} from {plan.Key.Source} (not a secret) → {where}");
                            break;
                        case Action.Keep:
                            var why = plan.State == ValueState.Reference
                                ? "refers to another variable"
                                : KeyGenerator.CanGenerate(plan.Kind.Kind) ? "already strong (--force replaces it)" : "set";
                            output.WriteLine($"kept {plan.Name}: {why} in {where}");
                            break;
                    }
                }
            }

            var providerKeys = targets.SelectMany(t => t.Plans.Where(p => p.Action == Action.NeedsProvider).Select(p => (t, p))).ToList();
            if (providerKeys.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Credentials only their provider can issue (keygen never invents them; get them, then set them yourself):");
                foreach (var (target, plan) in providerKeys)
                {
                    output.WriteLine($"  {plan.Name} ({StateText(plan.State)} in {(target.IsUserSecrets ? "user-secrets" : target.Display)}): {plan.Kind.Why}. Get it from: {plan.Kind.Provider!.WhereToGet}");
                }
            }

            var valueKeys = targets.SelectMany(t => t.Plans.Where(p => p.Action == Action.NeedsValue).Select(p => (t, p))).ToList();
            if (valueKeys.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Keys that need a value keygen cannot make:");
                foreach (var (target, plan) in valueKeys)
                {
                    var hint = plan.Kind.Kind == KeyKind.NotASecret ? $"{plan.Kind.Why}, and {plan.Key.Source} has no usable example" : plan.Kind.Why;
                    output.WriteLine($"  {plan.Name} ({StateText(plan.State)} in {(target.IsUserSecrets ? "user-secrets" : target.Display)}): {hint}. Set it yourself.");
                }
            }

            var all = targets.SelectMany(t => t.Plans).ToList();
            var generated = all.Count(p => p.Action == Action.Generate);
            var copied = all.Count(p => p.Action is Action.CopyExample or Action.SetPublicKey);
            var kept = all.Count(p => p.Action == Action.Keep);
            var missing = providerKeys.Count + valueKeys.Count;
            output.WriteLine();
            var counts = $"{generated} {(options.DryRun ? "to generate" : "generated")}, {copied} {(options.DryRun ? "to copy" : "copied")}, {kept} kept, {missing} need{(missing == 1 ? "s" : string.Empty)} a value from you";
            if (options.DryRun)
            {
                output.WriteLine($"keygen (dry run, nothing written): {counts}.");
            }
            else if (written.Count == 0)
            {
                output.WriteLine($"keygen: {counts}; no file changed.");
            }
            else
            {
                output.WriteLine($"keygen: {counts}.");
                foreach (var path in written)
                {
                    var target = targets.FirstOrDefault(t => t.Path == path);
                    var mode = target is null || OperatingSystem.IsWindows() ? string.Empty : " (mode 0600)";
                    output.WriteLine(target?.IsUserSecrets == true ? $"wrote user-secrets: {path}{mode}" : $"wrote {Display(path)}{mode}");
                }
            }

            if (!options.Show && generated > 0 && !options.DryRun)
            {
                output.WriteLine("Values are not printed; pass --show to print them, or read them from the file.");
            }
        }

        private static string StateText(ValueState state) => state switch
        {
            ValueState.Missing => "missing",
            ValueState.Empty => "empty",
            ValueState.Placeholder => "a placeholder",
            ValueState.Weak => "weak",
            _ => "set",
        };

        /// <summary>A .env that git does not ignore can be committed: say so, with the line to add (never edit .gitignore).</summary>
        private void ReportGitIgnore(List<Target> targets)
        {
            foreach (var target in targets.Where(t => !t.IsUserSecrets))
            {
                var willExist = File.Exists(target.Path) || (options.DryRun && target.Plans.Any(Changes));
                var directory = System.IO.Path.GetDirectoryName(target.Path)!;
                if (!willExist || FileDiscovery.FindRepositoryRoot(directory) is not { } repositoryRoot)
                {
                    continue; // no git: nothing to say
                }

                var ignored = GitRepository.IgnoredFiles(repositoryRoot, [target.Path], out _);
                if (ignored is null || ignored.Contains(target.Path))
                {
                    continue;
                }

                var relative = System.IO.Path.GetRelativePath(repositoryRoot, target.Path).Replace('\\', '/');
                app.Error.WriteLine($"warning: {target.Display} is not covered by .gitignore, so it can be committed with its secrets. Add this line to {System.IO.Path.Combine(repositoryRoot, ".gitignore")}:");
                app.Error.WriteLine($"  /{relative}");
                var tracked = GitRepository.TrackedFiles(repositoryRoot, out _);
                if (tracked?.Contains(target.Path) == true)
                {
                    app.Error.WriteLine($"warning: {target.Display} is already committed: 'git rm --cached {relative}' stops tracking it; rotate every secret it ever held.");
                }
            }
        }

        private void FlushWarnings()
        {
            foreach (var warning in _warnings.Distinct())
            {
                app.Error.WriteLine("warning: " + warning);
            }

            _warnings.Clear();
        }

        private string Display(string path)
        {
            var relative = System.IO.Path.GetRelativePath(_root.Length > 0 ? _root : app.CurrentDirectory, path);
            return relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? path : relative;
        }

        private static bool SameKey(string a, string b) => DotEnvEditor.SameKey(a, b);

        private static bool IsValidKeyName(string key) =>
            key.Trim().Length > 0 && key.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or ':');
    }
}
