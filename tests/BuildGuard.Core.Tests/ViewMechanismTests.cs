using BuildGuard.Core.Engine;
using BuildGuard.Core.Knowledge;
using BuildGuard.Core.Model;
using BuildGuard.Knowledge;

namespace BuildGuard.Core.Tests;

/// <summary>General mechanisms the real-world corpus exercises, each with its negative.</summary>
public class ViewMechanismTests
{
    private static string[] Lines(TempTree tree, TrackingMode tracking = TrackingMode.AssumeAllTracked) =>
        Scanner.Scan(new ScanRequest { RootDirectory = tree.Root, Tracking = tracking }).Findings
            .Select(f => $"{Path.GetRelativePath(tree.Root, f.Location.FilePath).Replace('\\', '/')}({f.Location.Line},{f.Location.Column}) {f.Code}").ToArray();

    [Fact]
    public void An_empty_production_value_overrides_the_base_value_as_aspnetcore_does()
    {
        using var tree = new TempTree()
            .With("appsettings.json", "{ \"Db\": { \"ConnectionString\": \"Server=x;Password=changeme\" } }")
            .With("appsettings.Production.json", "{ \"Db\": { \"ConnectionString\": \"\" } }");
        // Not in the effective view (no BG1001), but still a committed password in a non-development file.
        Assert.Equal(["appsettings.json(1,31) BG1003"], Lines(tree));
    }

    [Fact]
    public void Verbose_default_log_level_and_detailed_errors_are_BG3003_category_overrides_are_not()
    {
        using var tree = new TempTree()
            .With("appsettings.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Trace\", \"Microsoft\": \"Debug\" } },\n  \"DetailedErrors\": true,\n  \"Serilog\": { \"MinimumLevel\": { \"Override\": { \"App\": \"Debug\" } } } }")
            .With("appsettings.Production.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Debug\" } } }")
            .With("appsettings.Development.json", "{ \"DetailedErrors\": true }");
        Assert.Equal(["appsettings.Production.json(1,41) BG3003", "appsettings.json(2,21) BG3003"], Lines(tree));
    }

    [Fact]
    public void Web_config_environment_variables_are_part_of_the_view()
    {
        using var tree = new TempTree().With("web.config",
            "<configuration>\n  <system.webServer>\n    <aspNetCore processPath=\"dotnet\">\n      <environmentVariables>\n" +
            "        <environmentVariable name=\"ConnectionString\" value=\"Server=db;User Id=sa;Password=Pass@word\" />\n" +
            "        <environmentVariable name=\"ASPNETCORE_ENVIRONMENT\" value=\"Development\" />\n" +
            "        <environmentVariable name=\"LAUNCHER\" value=\"%LAUNCHER_PATH%\" />\n      </environmentVariables>\n    </aspNetCore>\n  </system.webServer>\n</configuration>\n");
        Assert.Equal(["web.config(5,61) BG1002", "web.config(6,67) BG3002"], Lines(tree));
    }

    [Fact]
    public void Malformed_web_config_is_BG9001_without_echoing_content()
    {
        using var tree = new TempTree().With("web.config", "<configuration>\n  <x a=\"Zq9canary\"\n");
        var finding = Assert.Single(Scanner.Scan(new ScanRequest { RootDirectory = tree.Root }).Findings);
        Assert.Equal("BG9001", finding.Code);
        Assert.DoesNotContain("canary", finding.Message);
    }

    [Fact]
    public void Template_keys_that_compose_requires_are_enforced_without_an_env_file_optional_ones_are_not()
    {
        using var tree = new TempTree()
            .With(".env.example", "JWT_SIGNING_KEY=\nAPI_PORT=8080\n")
            .With("docker-compose.yml", "services:\n  api:\n    environment:\n      Jwt__Key: ${JWT_SIGNING_KEY:?set JWT_SIGNING_KEY}\n      PORT: ${API_PORT:-8080}\n");
        Assert.Equal([".env.example(1,1) BG2001"], Lines(tree));
    }

    [Fact]
    public void An_access_key_next_to_a_secret_key_is_the_public_id()
    {
        using var tree = new TempTree().With("appsettings.json", "{ \"S3\": { \"accessKey\": \"abc\", \"secretKey\": \"\" }, \"Azure\": { \"AccessKey\": \"k3J9x2\" } }");
        Assert.Equal(["appsettings.json(1,74) BG1002"], Lines(tree));
    }

    [Theory]
    [InlineData("disabled")]
    [InlineData("none")]
    [InlineData("N/A")]
    public void Sentinels_are_not_secrets(string value)
    {
        using var tree = new TempTree().With(".env", "GITHUB_PRIVATE_KEY=" + value + "\n");
        Assert.Empty(Lines(tree, TrackingMode.Git));
    }

    [Fact]
    public void A_sentence_about_the_secret_is_a_placeholder_a_passphrase_is_not()
    {
        Assert.True(PlaceholderDetector.IsPlaceholder("super secret unguessable key that is longer because we require it"));
        Assert.False(PlaceholderDetector.IsPlaceholder("correct horse battery staple"));
    }

    [Fact]
    public void An_empty_secrets_file_is_not_a_credential_file()
    {
        Assert.False(CredentialFiles.IsCredentialFile("appsettings.secrets.json", "{ }"));
        Assert.True(CredentialFiles.IsCredentialFile("appsettings.secrets.json", "{ \"Jwt\": { \"Key\": \"x\" } }"));
        Assert.True(CredentialFiles.IsCredentialFile("secrets.json", null));
    }

    [Fact]
    public void Version_suffixes_do_not_change_what_a_name_means()
    {
        Assert.Equal(["app", "openssl", "key"], KeyPath.NameWords("_APP_OPENSSL_KEY_V1"));
        Assert.True(KeyClassifier.IsSecretNamed("_APP_OPENSSL_KEY_V1"));
    }

    [Theory]
    [InlineData(".env", true)]
    [InlineData("hosts.env", true)]
    [InlineData(".env.production", true)]
    [InlineData(".env.prod-sample", true)]
    [InlineData("hosts.env.example", true)]
    [InlineData("env.example", true)]
    [InlineData("env.ts", false)]
    [InlineData("env.rs", false)]
    [InlineData("remix.env.d.ts", false)]
    [InlineData("config.env.js", false)]
    [InlineData("environment.ts", false)]
    public void Env_file_names_are_env_files_and_code_is_not(string name, bool envFile) =>
        Assert.Equal(envFile, Discovery.FileClassifier.Classify("/r/" + name).Kind is Discovery.FileKind.DotEnv or Discovery.FileKind.EnvTemplate);

    [Theory]
    [InlineData("src/App/appsettings.json", Discovery.FileRole.Production)]
    [InlineData("tests/App.Tests/appsettings.json", Discovery.FileRole.Test)]
    [InlineData("src/App.UnitTests/Fixtures.cs", Discovery.FileRole.Test)]
    [InlineData("src/CosmosDbTests/Startup.cs", Discovery.FileRole.Test)]
    [InlineData("web/__tests__/env.test.js", Discovery.FileRole.Test)]
    [InlineData("tools/TestSuite/docker-compose.yml", Discovery.FileRole.Production)]
    [InlineData("src/Contests/appsettings.json", Discovery.FileRole.Production)]
    [InlineData("docs/endpoints/endsession.rst", Discovery.FileRole.Documentation)]
    [InlineData("README.md", Discovery.FileRole.Documentation)]
    public void Roles_come_from_the_folders_between_root_and_file(string relative, Discovery.FileRole role) =>
        Assert.Equal(role, Discovery.FileClassifier.RoleOf(Path.Combine("/r", relative), "/r"));

    [Fact]
    public void Tests_and_docs_are_not_production_configuration_but_provider_tokens_there_still_count()
    {
        using var tree = new TempTree()
            .With("tests/Api.Tests/appsettings.json", "{ \"Jwt\": { \"Key\": \"changeme\" }, \"DEBUG\": true }")
            .With("tests/Api.Tests/TokenFixtures.cs", "const string Jwt = \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8\";\n")
            .With("docs/auth.md", "Send `Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8`\n")
            .With("tests/Api.Tests/ci.sh", "export GH=ghp_Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8E\n");
        Assert.Equal(["tests/Api.Tests/ci.sh(1,11) BG1003"], Lines(tree));
    }

    [Fact]
    public void A_dev_container_env_file_is_development_configuration()
    {
        using var tree = new TempTree().With(".devcontainer/.env", "POSTGRES_PASSWORD=postgres\nDEBUG=true\n");
        Assert.Empty(Lines(tree, TrackingMode.Git));
    }

    [Fact]
    public void A_front_end_env_file_without_secrets_is_not_a_credential_file()
    {
        Assert.False(CredentialFiles.IsCredentialFile("web/.env", "BROWSER=none\nPORT=3000\nHTTPS=true\n"));
        Assert.False(CredentialFiles.IsCredentialFile("terraform.tfvars", ""));
        Assert.True(CredentialFiles.IsCredentialFile("hosts.env", "DB_HOST=x\nDB_PASSWORD=changeme\n"));
        Assert.True(CredentialFiles.IsCredentialFile(".env", null));
    }

    [Fact]
    public void Numbers_prose_and_names_under_secret_words_are_not_secrets()
    {
        using var tree = new TempTree().With("appsettings.json", """
            {
              "MyRateLimit": { "TokenLimit": 8, "TokenLimit2": 12, "TokensPerPeriod": 4 },
              "MyKey": "My appsettings.json Value",
              "ConnectionStrings": { "TokenCacheRedisInstanceName": "[Replace with your instance name]" },
              "Storage": { "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=xxx" }
            }
            """);
        Assert.Equal(["appsettings.json(5,36) BG1001"], Lines(tree));
    }

    [Fact]
    public void A_value_that_names_its_own_key_is_a_placeholder()
    {
        using var tree = new TempTree().With("appsettings.json", "{ \"Payment\": { \"PayPal\": { \"Secret\": \"PAYPAL_SECRET\", \"ClientSecret\": \"q8Zt3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3U\" } } }");
        Assert.Equal(["appsettings.json(1,38) BG1001", "appsettings.json(1,71) BG1003"], Lines(tree));
    }

    [Fact]
    public void The_android_debug_keystore_is_public_by_design() =>
        Assert.False(CredentialFiles.IsCredentialFile("android/app/debug.keystore", null));

    [Fact]
    public void Web_config_reads_only_aspnetcore_environment_variables()
    {
        var text = "<configuration>\n  <other><environmentVariable name=\"DEBUG\" value=\"true\" /></other>\n" +
                   "  <aspNetCore><environmentVariables><environmentVariable name=\"ASPNETCORE_ENVIRONMENT\" value=\"Production\" /></environmentVariables></aspNetCore>\n</configuration>\n";
        Assert.Equal(["ASPNETCORE_ENVIRONMENT"], Parsing.WebConfigParser.Parse("web.config", text).Entries.Select(e => e.Key));
    }
}
