using System.Text;
using System.Text.Json;
using BuildGuard.Cli.Keygen;
using BuildGuard.Core.Editing;
using BuildGuard.Keygen.Tests.Infrastructure;

namespace BuildGuard.Keygen.Tests;

/// <summary><c>dotnet buildguard keygen</c> in-process, end to end against the engine and <c>check</c>.</summary>
public class KeygenCommandTests
{
    private static readonly string[] JudgedCodes = ["BG1001", "BG1002", "BG2001", "BG2002"];

    /// <summary>A project with one key of every kind keygen fills, plus a provider key and a non-secret with an example.</summary>
    private const string RichTemplate = """
        # Keys of the app. `dotnet buildguard keygen` fills the generated ones.
        JWT_SECRET=your-jwt-secret
        DB_PASSWORD=changeme
        ENCRYPTION_KEY=
        # Ed25519 key that signs license files
        LICENSE_PRIVATE_KEY=
        LICENSE_PUBLIC_KEY=
        WEBHOOK_SECRET=
        INTERNAL_API_KEY=
        APP_URL=https://shop.contoso.test
        LOG_LEVEL="Information"
        """;

    private static Dictionary<string, string> Home(TempDirectory dir) => new() { ["HOME"] = dir.Resolve("home") };

    private static TempDirectory SampleCopy(out string app)
    {
        var dir = new TempDirectory();
        app = dir.Resolve("app");
        RepositoryPaths.Copy(RepositoryPaths.InsecureSample, app);
        Git(app, "init", "-q", ".");
        return dir;
    }

    private static void Git(string directory, params string[] args)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", args)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git: the gitignore note is skipped, nothing else depends on it.
        }
    }

    private static Dictionary<string, string> EnvValues(string path) =>
        DotEnvEditor.Read(File.ReadAllBytes(path)).Assignments.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    private static async Task<List<(string Code, string? Key)>> CheckFindings(string path)
    {
        var result = await Tool.RunAsync(["check", path, "--format", "json", "--ignore-environment"]);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("code").GetString()!, f.GetProperty("key").GetString()))
            .ToList();
    }

    /// <summary>For assertion messages: the output with every generated value masked.</summary>
    private static string Masked(string text, IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Aggregate(text, (current, value) => current.Replace(value, "***", StringComparison.Ordinal));

    [Fact]
    public async Task Keygen_then_check_is_clean_for_the_generated_keys_of_the_insecure_sample()
    {
        using var dir = SampleCopy(out var app);
        var before = await CheckFindings(app);
        Assert.Contains(before, f => f is ("BG1001", "JWT_SECRET_KEY"));

        var result = await Tool.RunAsync(["keygen", app], Home(dir));

        // SMTP_PASSWORD is declared by .env.example and only a mail provider can issue it: exit 1, named with where to get it.
        Assert.Equal(1, result.ExitCode);
        var values = EnvValues(Path.Combine(app, ".env"));
        var jwt = values["JWT_SECRET_KEY"];
        Assert.Equal(64, Convert.FromBase64String(jwt).Length);
        Assert.Contains("generated JWT_SECRET_KEY (HMAC-SHA-512 key, 64 bytes) → .env, replacing a placeholder", result.Output);
        Assert.Contains("SMTP_PASSWORD (missing in .env)", result.Output);
        Assert.Contains("Get it from:", result.Output);
        Assert.DoesNotContain(jwt, result.All);

        var after = await CheckFindings(app);
        Assert.DoesNotContain(after, f => JudgedCodes.Contains(f.Code) && f.Key == "JWT_SECRET_KEY");
        Assert.Contains(after, f => f is ("BG2001", "SMTP_PASSWORD")); // not generated, still reported
    }

    [Fact]
    public async Task Every_generated_kind_passes_check_and_the_run_exits_0()
    {
        using var dir = new TempDirectory();
        var app = dir.Resolve("app");
        dir.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");
        dir.Write("app/.env.example", RichTemplate);

        var result = await Tool.RunAsync(["keygen", app], Home(dir));

        var values = EnvValues(Path.Combine(app, ".env"));
        Assert.True(result.ExitCode == 0, Masked(result.ToString(), values.Values));
        Assert.Equal(32, KeyGeneratorTestsAlphabetCheck(values["DB_PASSWORD"]));
        Assert.Equal(32, Convert.FromBase64String(values["ENCRYPTION_KEY"]).Length);
        Assert.Equal(32, Convert.FromBase64String(values["LICENSE_PRIVATE_KEY"]).Length);
        Assert.Equal(32, Convert.FromBase64String(values["LICENSE_PUBLIC_KEY"]).Length);
        Assert.Contains($"public key (Ed25519, base64, not secret): {values["LICENSE_PUBLIC_KEY"]}", result.Output);
        Assert.Equal("https://shop.contoso.test", values["APP_URL"]);
        Assert.Contains("LOG_LEVEL=\"Information\"", File.ReadAllText(Path.Combine(app, ".env"))); // the template's quoting
        foreach (var key in new[] { "JWT_SECRET", "DB_PASSWORD", "ENCRYPTION_KEY", "LICENSE_PRIVATE_KEY", "WEBHOOK_SECRET", "INTERNAL_API_KEY" })
        {
            Assert.DoesNotContain(values[key], result.All);
        }

        var findings = await CheckFindings(app);
        Assert.DoesNotContain(findings, f => JudgedCodes.Contains(f.Code));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(AtomicFileWriter.OwnerOnly, File.GetUnixFileMode(Path.Combine(app, ".env")));
        }
    }

    private static int KeyGeneratorTestsAlphabetCheck(string password)
    {
        Assert.All(password, c => Assert.Contains(c, KeyGenerator.PasswordAlphabet));
        return password.Length;
    }

    [Fact]
    public async Task Plain_settings_left_empty_are_listed_but_only_missing_secrets_fail_the_run()
    {
        using var dir = new TempDirectory();
        dir.Write(".env.example", "# keep this empty to disable\nSUPPORT_EMAIL=\nJWT_SECRET_KEY=\n");

        var settingsOnly = await Tool.RunAsync(["keygen", dir.Path], Home(dir));
        Assert.True(settingsOnly.ExitCode == 0, settingsOnly.ToString());
        Assert.Contains("SUPPORT_EMAIL", settingsOnly.Output);

        dir.Write(".env.example", "SUPPORT_EMAIL=\nSTRIPE_API_KEY=\n");
        Assert.Equal(1, (await Tool.RunAsync(["keygen", dir.Path], Home(dir))).ExitCode);
    }

    [Fact]
    public async Task A_kept_ed25519_private_key_fills_its_missing_public_twin()
    {
        using var dir = new TempDirectory();
        dir.Write(".env.example", "# Ed25519\nLICENSE_PRIVATE_KEY=\nLICENSE_PUBLIC_KEY=\n");
        Assert.Equal(0, (await Tool.RunAsync(["keygen", dir.Path], Home(dir))).ExitCode);
        var first = EnvValues(dir.Resolve(".env"));
        dir.Write(".env", $"LICENSE_PRIVATE_KEY={first["LICENSE_PRIVATE_KEY"]}\n");

        var result = await Tool.RunAsync(["keygen", dir.Path], Home(dir));

        Assert.True(result.ExitCode == 0, Masked(result.ToString(), [first["LICENSE_PRIVATE_KEY"]]));
        Assert.Equal(first, EnvValues(dir.Resolve(".env")));
        Assert.Contains("set LICENSE_PUBLIC_KEY to the Ed25519 public key of LICENSE_PRIVATE_KEY → .env", result.Output);
    }

    [Fact]
    public async Task A_second_run_changes_no_byte()
    {
        using var dir = new TempDirectory();
        var app = dir.Resolve("app");
        dir.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");
        dir.Write("app/.env.example", RichTemplate);
        dir.Write("app/.env", "# mine\r\nexport JWT_SECRET='changeme'\r\nAPP_URL=https://mine.test");
        Assert.Equal(0, (await Tool.RunAsync(["keygen", app], Home(dir))).ExitCode);
        var first = FileSnapshot.Take(dir.Path);

        var second = await Tool.RunAsync(["keygen", app], Home(dir));

        Assert.Equal(0, second.ExitCode);
        Assert.Empty(first.Differences(FileSnapshot.Take(dir.Path)));
        Assert.Contains("no file changed", second.Output);
        var text = File.ReadAllText(Path.Combine(app, ".env"));
        Assert.StartsWith("# mine\r\nexport JWT_SECRET='", text);
        Assert.Contains("\r\nAPP_URL=https://mine.test\r\nDB_PASSWORD=", text); // the user's value kept, a final newline added before appending
    }

    [Fact]
    public async Task Dry_run_leaves_every_file_and_mode_unchanged()
    {
        using var dir = SampleCopy(out var app);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(app, ".env"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var before = FileSnapshot.Take(dir.Path);

        var result = await Tool.RunAsync(["keygen", app, "--dry-run"], Home(dir));
        var userSecrets = await Tool.RunAsync(["keygen", app, "--dry-run", "--user-secrets", "--init"], Home(dir));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("would generate JWT_SECRET_KEY (HMAC-SHA-512 key, 64 bytes) → .env", result.Output);
        Assert.Contains("dry run, nothing written", result.Output);
        Assert.True(userSecrets.ExitCode == 1, userSecrets.ToString());
        Assert.Contains("would add <UserSecretsId>", userSecrets.Output);
        Assert.Empty(before.Differences(FileSnapshot.Take(dir.Path)));
        Assert.False(Directory.Exists(dir.Resolve("home")));
    }

    [Fact]
    public async Task Values_are_printed_only_with_show()
    {
        using var dir = new TempDirectory();
        var app = dir.Resolve("app");
        dir.Write("app/.env.example", RichTemplate);

        var hidden = await Tool.RunAsync(["keygen", app, "--key", "Extra:SigningKey"], Home(dir));
        var values = EnvValues(Path.Combine(app, ".env"));
        var secrets = new[] { "JWT_SECRET", "DB_PASSWORD", "ENCRYPTION_KEY", "LICENSE_PRIVATE_KEY", "WEBHOOK_SECRET", "INTERNAL_API_KEY", "Extra__SigningKey" }
            .Select(k => values[k]).ToList();
        foreach (var value in secrets)
        {
            foreach (var piece in Enumerable.Range(0, value.Length - 12).Select(i => value.Substring(i, 12)))
            {
                Assert.False(hidden.All.Contains(piece, StringComparison.Ordinal), "a piece of a generated value was printed:\n" + Masked(hidden.All, secrets));
            }
        }

        var shown = await Tool.RunAsync(["keygen", app, "--force", "--show"], Home(dir));
        var rotated = EnvValues(Path.Combine(app, ".env"));
        Assert.Contains($"  DB_PASSWORD={rotated["DB_PASSWORD"]}", shown.Output);
        Assert.NotEqual(values["DB_PASSWORD"], rotated["DB_PASSWORD"]);
        Assert.Contains("replacing the previous value (--force)", shown.Output);
        Assert.Equal(values["APP_URL"], rotated["APP_URL"]); // --force never touches what keygen does not generate
    }

    [Fact]
    public async Task Duplicate_keys_replace_the_effective_last_one_and_warn()
    {
        using var dir = new TempDirectory();
        dir.Write(".env", "JWT_SECRET=first-placeholder\nJWT_SECRET=changeme\n");

        var result = await Tool.RunAsync(["keygen", dir.Path, "--key", "JWT_SECRET"], Home(dir));

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(dir.Resolve(".env"));
        Assert.Equal("JWT_SECRET=first-placeholder", lines[0]);
        Assert.NotEqual("JWT_SECRET=changeme", lines[1]);
        Assert.Contains("sets JWT_SECRET 2 times", result.Error);
    }

    [Fact]
    public async Task A_malformed_env_is_refused_untouched_with_exit_2()
    {
        using var dir = new TempDirectory();
        dir.Write(".env.example", "JWT_SECRET=\n");
        var env = dir.Write(".env", "JWT_SECRET=changeme\nthis line is not an assignment\n");
        var before = FileSnapshot.Take(dir.Path);

        var result = await Tool.RunAsync(["keygen", dir.Path], Home(dir));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".env(2,1): expected KEY=value", result.Error);
        Assert.Empty(before.Differences(FileSnapshot.Take(dir.Path)));
        Assert.Equal(string.Empty, result.Output);
        _ = env;
    }

    [Fact]
    public async Task A_read_only_env_is_refused_untouched_with_exit_2()
    {
        using var dir = new TempDirectory();
        dir.Write(".env.example", "JWT_SECRET=\n");
        var env = dir.Write(".env", "JWT_SECRET=changeme\n");
        AtomicFileWriterTests.MakeReadOnly(env);
        var before = FileSnapshot.Take(dir.Path);

        var result = await Tool.RunAsync(["keygen", dir.Path], Home(dir));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("read-only", result.Error);
        Assert.Empty(before.Differences(FileSnapshot.Take(dir.Path)));
    }

    [Fact]
    public async Task A_failed_rename_leaves_the_env_intact_and_exits_2()
    {
        using var dir = new TempDirectory();
        dir.Write(".env.example", "JWT_SECRET=\n");
        dir.Write(".env", "JWT_SECRET=changeme\n");
        var before = FileSnapshot.Take(dir.Path);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new BuildGuard.Cli.CliApp(output, error, Home(dir), dir.Path);
        var writer = new AtomicFileWriter((_, _) => throw new IOException("simulated crash"));

        var code = BuildGuard.Cli.Commands.KeygenCommand.Run(cli, new BuildGuard.Cli.Commands.KeygenCommand.Options(dir.Path), writer);

        Assert.Equal(BuildGuard.Cli.ExitCodes.UsageOrIOError, code);
        Assert.Contains("left unchanged", error.ToString());
        Assert.Empty(before.Differences(FileSnapshot.Take(dir.Path)));
    }

    [Fact]
    public async Task Strong_values_are_kept_and_nothing_declared_is_nothing_to_do()
    {
        using var dir = new TempDirectory();
        dir.Write(".env.example", "DB_PASSWORD=\n");
        dir.Write(".env", "DB_PASSWORD=Zq8-vN3_kR7wLx2pT9yB4mC6\n");
        var before = FileSnapshot.Take(dir.Path);

        var kept = await Tool.RunAsync(["keygen", dir.Path], Home(dir));
        using var empty = new TempDirectory();
        var nothing = await Tool.RunAsync(["keygen", empty.Path], Home(empty));

        Assert.Equal(0, kept.ExitCode);
        Assert.Contains("kept DB_PASSWORD: already strong (--force replaces it) in .env", kept.Output);
        Assert.Empty(before.Differences(FileSnapshot.Take(dir.Path)));
        Assert.Equal(0, nothing.ExitCode);
        Assert.Contains("nothing to do", nothing.Output);
    }

    [Fact]
    public async Task Declarations_come_from_buildguard_json_project_items_and_key_options()
    {
        using var dir = new TempDirectory();
        dir.Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><BuildGuardRequiredKey Include=\"Jwt:Key\" /></ItemGroup></Project>");
        dir.Write("buildguard.json", """{ "requiredKeys": [ "Data:EncryptionKey" ] }""");

        var result = await Tool.RunAsync(["keygen", dir.Path, "--key", "SESSION_SECRET", "--key", "Stripe:SecretKey"], Home(dir));

        Assert.Equal(1, result.ExitCode); // Stripe issues its own keys
        var values = EnvValues(dir.Resolve(".env"));
        Assert.Equal(["Data__EncryptionKey", "Jwt__Key", "SESSION_SECRET"], values.Keys.Order());
        Assert.Contains("Stripe__SecretKey (missing in .env): a credential Stripe issues. Get it from: https://dashboard.stripe.com/apikeys", result.Output);
        Assert.DoesNotContain(await CheckFindings(dir.Path), f => JudgedCodes.Contains(f.Code) && f.Key is not null && !f.Key.Contains("Stripe"));
    }

    [Theory]
    [InlineData("keygen", ".", "--init")]
    [InlineData("keygen", ".", "--key", "not a key")]
    [InlineData("keygen", "no-such-folder")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        using var dir = new TempDirectory();

        var result = await Tool.RunAsync(args, Home(dir), dir.Path);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", result.Error);
    }

    [Fact]
    public async Task Not_ignored_env_in_a_git_repository_gets_the_line_to_add()
    {
        using var dir = new TempDirectory();
        Git(dir.Path, "init", "-q", ".");
        if (!Directory.Exists(dir.Resolve(".git")))
        {
            return; // no git on this machine
        }

        dir.Write("svc/.env.example", "JWT_SECRET=\n");
        var result = await Tool.RunAsync(["keygen", dir.Resolve("svc")], Home(dir));
        dir.Write(".gitignore", ".env\n");
        var ignored = await Tool.RunAsync(["keygen", dir.Resolve("svc"), "--force"], Home(dir));

        Assert.Contains("warning: .env is not covered by .gitignore", result.Error);
        Assert.Contains("  /svc/.env", result.Error);
        Assert.DoesNotContain(".gitignore", ignored.Error);
        Assert.Equal(".env\n", File.ReadAllText(dir.Resolve(".gitignore"))); // never edited by keygen
    }

    [Fact]
    public async Task User_secrets_keep_existing_entries_and_use_configuration_keys()
    {
        using var dir = new TempDirectory();
        var app = dir.Resolve("app");
        dir.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><UserSecretsId>kg-test-1</UserSecretsId></PropertyGroup></Project>");
        dir.Write("app/.env.example", "Jwt__SigningKey=\nDB_PASSWORD=\n");
        var secrets = dir.Write("home/.microsoft/usersecrets/kg-test-1/secrets.json", "{\n  \"Existing\": { \"Entry\": \"kept\" }\n}");

        var result = await Tool.RunAsync(["keygen", app, "--user-secrets"], Home(dir));

        Assert.True(result.ExitCode == 0, result.ToString());
        var document = SecretsJsonEditor.Read(File.ReadAllText(secrets));
        Assert.Equal(["Existing:Entry", "Jwt:SigningKey", "DB_PASSWORD"], document.Entries.Select(e => e.Key));
        Assert.Equal("kept", document.Get("Existing:Entry"));
        Assert.Equal(64, Convert.FromBase64String(document.Get("Jwt:SigningKey")!).Length);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(secrets)[..3]);
        Assert.False(File.Exists(Path.Combine(app, ".env"))); // .env only with --env-file
        Assert.Contains("generated Jwt:SigningKey (HMAC-SHA-512 key, 64 bytes) → user-secrets", result.Output);
        Assert.DoesNotContain(document.Get("Jwt:SigningKey")!, result.All);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(AtomicFileWriter.OwnerOnly, File.GetUnixFileMode(secrets));
        }

        var both = await Tool.RunAsync(["keygen", app, "--user-secrets", "--env-file", Path.Combine(app, ".env")], Home(dir));
        Assert.Equal(0, both.ExitCode);
        Assert.Equal(["DB_PASSWORD", "Jwt__SigningKey"], EnvValues(Path.Combine(app, ".env")).Keys.Order());
    }

    [Fact]
    public async Task User_secrets_and_env_file_in_one_run_get_the_same_value()
    {
        using var dir = new TempDirectory();
        dir.Write("App.csproj", "<Project><PropertyGroup><UserSecretsId>kg-test-3</UserSecretsId></PropertyGroup></Project>");
        dir.Write(".env.example", "Jwt__Key=\nDB_PASSWORD=\n");

        var result = await Tool.RunAsync(["keygen", dir.Path, "--user-secrets", "--env-file", dir.Resolve(".env")], Home(dir));

        Assert.Equal(0, result.ExitCode);
        var secrets = SecretsJsonEditor.Read(File.ReadAllText(dir.Resolve("home/.microsoft/usersecrets/kg-test-3/secrets.json")));
        var env = EnvValues(dir.Resolve(".env"));
        Assert.Equal(secrets.Get("Jwt:Key"), env["Jwt__Key"]);
        Assert.Equal(secrets.Get("DB_PASSWORD"), env["DB_PASSWORD"]);
    }

    [Fact]
    public async Task User_secrets_need_one_project_with_an_id_or_init()
    {
        using var dir = new TempDirectory();
        var app = dir.Resolve("app");
        var projectText = "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n";
        var project = dir.Write("app/App.csproj", projectText);
        dir.Write("app/.env.example", "JWT_SECRET=\n");

        var noId = await Tool.RunAsync(["keygen", app, "--user-secrets"], Home(dir));
        Assert.Equal(2, noId.ExitCode);
        Assert.Contains("has no <UserSecretsId>", noId.Error);
        Assert.Contains("--init", noId.Error);
        Assert.Equal(projectText, File.ReadAllText(project));

        var init = await Tool.RunAsync(["keygen", app, "--user-secrets", "--init"], Home(dir));
        Assert.True(init.ExitCode == 0, init.ToString());
        var id = BuildGuard.Core.Editing.ProjectFileEditor.Read(File.ReadAllText(project)).UserSecretsId;
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal(projectText.Replace("</TargetFramework>\n", $"</TargetFramework>\n    <UserSecretsId>{id}</UserSecretsId>\n"), File.ReadAllText(project));
        Assert.True(File.Exists(dir.Resolve($"home/.microsoft/usersecrets/{id}/secrets.json")));

        dir.Write("app/Second.csproj", "<Project />");
        var several = await Tool.RunAsync(["keygen", app, "--user-secrets"], Home(dir));
        Assert.Equal(2, several.ExitCode);
        Assert.Contains("--project", several.Error);
        var chosen = await Tool.RunAsync(["keygen", app, "--user-secrets", "--project", project], Home(dir));
        Assert.Equal(0, chosen.ExitCode);
    }

    [Fact]
    public async Task A_malformed_secrets_json_is_refused_untouched()
    {
        using var dir = new TempDirectory();
        dir.Write("App.csproj", "<Project><PropertyGroup><UserSecretsId>kg-test-2</UserSecretsId></PropertyGroup></Project>");
        dir.Write(".env.example", "JWT_SECRET=\n");
        var secrets = dir.Write("home/.microsoft/usersecrets/kg-test-2/secrets.json", "{ \"a\": \"1\", ");
        var before = FileSnapshot.Take(dir.Path);

        var result = await Tool.RunAsync(["keygen", dir.Path, "--user-secrets"], Home(dir));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("secrets.json", result.Error);
        Assert.Empty(before.Differences(FileSnapshot.Take(dir.Path)));
        _ = secrets;
    }
}
