using BuildGuard.Core.Engine;
using BuildGuard.Core.Model;

namespace BuildGuard.Core.Tests;

public class ScannerTests
{
    /// <summary>64 random characters: strong enough for any key, and not a known format.</summary>
    private const string StrongKey = "q8Zt3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8Ea5WzQ8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Y";

    private static ScanResult Scan(TempTree tree, IDictionary<string, string>? environment = null, string env = "Production", string[]? required = null) =>
        Scanner.Scan(new ScanRequest
        {
            RootDirectory = tree.Root,
            Environment = env,
            EnvironmentVariables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()),
            RequiredKeys = required ?? [],
            ProjectFile = tree.PathOf("App.csproj"),
        });

    private static string[] Lines(ScanResult result, TempTree tree) =>
        result.Findings.Select(f => $"{(f.Location.FilePath.Length == 0 ? "" : Path.GetRelativePath(tree.Root, f.Location.FilePath).Replace('\\', '/'))}({f.Location.Line},{f.Location.Column}) {f.Code}").ToArray();

    [Fact]
    public void Placeholder_jwt_key_is_BG1001_at_the_value()
    {
        using var tree = new TempTree().With("appsettings.json", "{\n  \"Jwt\": {\n    \"Key\": \"your-jwt-secret-key\",\n    \"Issuer\": \"changeme\"\n  },\n  \"AllowedHosts\": \"*\"\n}");
        var result = Scan(tree);
        Assert.Equal(["appsettings.json(3,12) BG1001"], Lines(result, tree));
        Assert.Equal("your…(19 chars)", result.Findings[0].Fingerprint);
        Assert.DoesNotContain("your-jwt-secret-key", result.Findings[0].Message);
    }

    [Fact]
    public void Production_layer_overrides_the_base_and_development_is_not_in_the_view()
    {
        using var tree = new TempTree()
            .With("appsettings.json", "{ \"Jwt\": { \"Key\": \"changeme\" }, \"Api\": { \"ApiKey\": \"changeme\" } }")
            .With("appsettings.Production.json", "{ \"jwt\": { \"key\": \"" + StrongKey + "\" },\n \"Smtp\": { \"Password\": \"TODO\" } }")
            .With("appsettings.Development.json", "{ \"Db\": { \"Password\": \"password\" }, \"DEBUG\": true, \"Cors\": { \"Origins\": \"*\" } }");
        Assert.Equal(["appsettings.Production.json(1,19) BG1003", "appsettings.Production.json(2,24) BG1001", "appsettings.json(1,52) BG1001"], Lines(Scan(tree), tree));
    }

    [Fact]
    public void Another_environment_view_is_selectable()
    {
        using var tree = new TempTree()
            .With("appsettings.json", "{}")
            .With("appsettings.Staging.json", "{ \"Secret\": \"changeme\" }");
        Assert.Empty(Scan(tree).Findings);
        Assert.Single(Scan(tree, env: "Staging").Findings);
    }

    [Fact]
    public void Environment_variables_layer_last_and_satisfy_keys_without_being_printed()
    {
        const string canary = "changeme-CANARY-7f3a";
        using var tree = new TempTree().With("appsettings.json", "{ \"Jwt\": { \"Key\": \"changeme\", \"Other\": \"x\" } }");
        var strong = Scan(tree, new Dictionary<string, string> { ["Jwt__Key"] = StrongKey }, required: ["Jwt:Key"]);
        Assert.Empty(strong.Findings);

        var weak = Scan(tree, new Dictionary<string, string> { ["JWT__KEY"] = canary });
        var finding = Assert.Single(weak.Findings);
        Assert.Equal("BG1001", finding.Code);
        Assert.Contains("environment variable Jwt__Key", finding.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CANARY", finding.Message + finding.Fingerprint);
    }

    [Fact]
    public void Env_file_rules_fire_with_positions()
    {
        using var tree = new TempTree()
            .With(".env", "DEBUG=true\nCORS_ORIGINS=\"*\"\nASPNETCORE_ENVIRONMENT=Development\nJWT_SECRET_KEY=your-jwt-secret-key\nAPP_NAME=demo\n")
            .With(".env.example", "JWT_SECRET_KEY=\nSMTP_PASSWORD=changeme\nDEBUG=\n");
        Assert.Equal(
            [".env(1,7) BG3001", ".env(2,14) BG4001", ".env(3,24) BG3002", ".env(4,16) BG1001", ".env.example(2,1) BG2001"],
            Lines(Scan(tree), tree));
    }

    [Fact]
    public void Template_keys_are_not_enforced_when_no_env_file_exists_but_required_items_are()
    {
        using var tree = new TempTree().With(".env.example", "SMTP_PASSWORD=\nJWT_KEY=\n");
        var result = Scan(tree, required: ["Jwt:SigningKey"]);
        Assert.Equal(["App.csproj(0,0) BG2001"], Lines(result, tree));
        Assert.Contains(result.Notes, n => n.Text.Contains("2 key(s) declared by .env templates"));
    }

    [Fact]
    public void A_required_item_is_enforced_even_when_a_template_without_env_declares_the_same_key()
    {
        using var tree = new TempTree().With(".env.example", "Jwt__Key=\n");
        Assert.Equal(["App.csproj(0,0) BG2001"], Lines(Scan(tree, required: ["Jwt:Key"]), tree));
    }

    [Fact]
    public void Required_keys_are_satisfied_by_env_file_environment_or_configuration_and_empty_is_BG2002()
    {
        using var tree = new TempTree()
            .With(".env", "FROM_ENV_FILE=1\nEMPTY_ONE=\n")
            .With(".env.example", "FROM_ENV_FILE=\nFROM_ENVIRONMENT=\nEMPTY_ONE=\n")
            .With("buildguard.json", "{ \"requiredKeys\": [ \"Jwt:Key\", \"Missing:Key\" ] }")
            .With("appsettings.json", "{ \"Jwt\": { \"Key\": \"" + StrongKey + "\" } }");
        var result = Scan(tree, new Dictionary<string, string> { ["FROM_ENVIRONMENT"] = "x" });
        Assert.Equal([".env(2,11) BG2002", "appsettings.json(1,19) BG1003", "buildguard.json(1,32) BG2001"], Lines(result, tree));
    }

    [Fact]
    public void Template_values_are_never_findings()
    {
        using var tree = new TempTree()
            .With(".env", "JWT_KEY=" + StrongKey + "\n")
            .With(".env.example", "JWT_KEY=your-jwt-key\nDEBUG=true\nCORS_ORIGINS=*\n")
            .With(".env.prod-sample", "SECRET_KEY=change_me\n");
        var result = Scan(tree, new Dictionary<string, string> { ["DEBUG"] = "false", ["CORS_ORIGINS"] = "https://a" });
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void AllowedHosts_star_is_never_cors_but_cors_lists_are()
    {
        using var tree = new TempTree().With("appsettings.json",
            "{ \"AllowedHosts\": \"*\", \"Cors\": { \"AllowedOrigins\": [ \"https://a.example\", \"*\" ] }, \"Logging\": { \"AllowedHosts\": \"*\" } }");
        Assert.Equal(["appsettings.json(1,75) BG4001"], Lines(Scan(tree), tree));
    }

    [Fact]
    public void LaunchSettings_and_development_files_are_not_the_production_view()
    {
        using var tree = new TempTree()
            .With("Properties/launchSettings.json", "{ \"profiles\": { \"a\": { \"environmentVariables\": { \"ASPNETCORE_ENVIRONMENT\": \"Development\" } } } }")
            .With(".env.development", "DEBUG=true\nSECRET_KEY=changeme\n")
            .With("docker-compose.override.yml", "services:\n  a:\n    environment:\n      - ASPNETCORE_ENVIRONMENT=Development\n");
        Assert.Empty(Scan(tree).Findings);
    }

    [Fact]
    public void Compose_literals_and_defaults_are_judged_interpolations_are_not()
    {
        using var tree = new TempTree().With("docker-compose.yml",
            "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      MYSQL_PASSWORD: ${X:-changeme}\n      REDIS_PASSWORD: secret\n      MARIADB_RANDOM_ROOT_PASSWORD: \"true\"\n      ConnectionString: Server=db;User Id=sa;Password=changeme\n");
        Assert.Equal(["docker-compose.yml(5,23) BG1001", "docker-compose.yml(6,23) BG1001", "docker-compose.yml(8,25) BG1001"], Lines(Scan(tree), tree));
    }

    [Fact]
    public void Malformed_files_are_BG9001_and_the_rest_is_still_checked()
    {
        using var tree = new TempTree()
            .With("appsettings.json", "{\n  \"A\": \"1\"\n  \"B\": 2\n}")
            .With(".env", "DEBUG=true\nnot an assignment\n")
            .With("docker-compose.yml", "services:\n  a: [\n");
        var lines = Lines(Scan(tree), tree);
        Assert.Contains(".env(1,7) BG3001", lines);
        Assert.Contains(".env(2,1) BG9001", lines);
        Assert.Contains("appsettings.json(3,3) BG9001", lines);
        Assert.Contains(lines, l => l.StartsWith("docker-compose.yml(", StringComparison.Ordinal) && l.EndsWith("BG9001", StringComparison.Ordinal));
    }

    [Fact]
    public void Binary_large_and_build_output_files_are_skipped_with_notes()
    {
        using var tree = new TempTree()
            .WithBytes("appsettings.json", [0x7B, 0x00, 0x7D])
            .With(".env", "A=" + new string('x', 3 * 1024 * 1024))
            .With("bin/Release/appsettings.json", "{ \"Secret\": \"changeme\" }")
            .With("node_modules/x/.env", "DEBUG=true\n");
        var result = Scan(tree);
        Assert.Empty(result.Findings);
        Assert.Contains(result.Notes, n => n.Text.Contains("binary"));
        Assert.Contains(result.Notes, n => n.Text.Contains("over 2 MiB"));
        Assert.Contains(result.Notes, n => n.Text.Contains("skipped bin/"));
    }

    [Fact]
    public void Env_files_up_to_the_repository_root_are_read()
    {
        using var tree = new TempTree()
            .With(".git/HEAD", "ref: refs/heads/main\n")
            .With(".env", "DEBUG=1\n")
            .With("outside/.env", "DEBUG=1\n")
            .With("src/App/appsettings.json", "{}");
        var result = Scanner.Scan(new ScanRequest { RootDirectory = tree.PathOf("src/App") });
        Assert.Equal([tree.PathOf(".env")], result.Findings.Select(f => f.Location.FilePath));
    }

    [Fact]
    public void A_link_to_a_device_is_skipped_not_read_forever()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var tree = new TempTree().With(".env", "DEBUG=true\n");
        File.CreateSymbolicLink(tree.PathOf("notes.txt"), "/dev/zero");
        var result = Scanner.Scan(new ScanRequest { RootDirectory = tree.Root });
        Assert.Single(result.Findings);
        Assert.Contains(result.Notes, n => n.Text.Contains("link to a device"));
    }
}
