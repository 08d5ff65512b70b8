using System.Diagnostics;
using BuildGuard.Core.Engine;
using BuildGuard.Core.Model;

namespace BuildGuard.Core.Tests;

public class CredentialRuleTests
{
    private const string StrongKey = "q8Zt3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8Ea5WzQ8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Y";

    private static string[] Lines(ScanResult result, TempTree tree) =>
        result.Findings.Select(f => $"{Path.GetRelativePath(tree.Root, f.Location.FilePath).Replace('\\', '/')}({f.Location.Line},{f.Location.Column}) {f.Code}").ToArray();

    private static void Git(TempTree tree, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = tree.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-c", "user.email=t@example.com", "-c", "user.name=t" }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static ScanResult Scan(TempTree tree, IReadOnlyList<PublishedFile>? publish = null, TrackingMode tracking = TrackingMode.Git) =>
        Scanner.Scan(new ScanRequest { RootDirectory = tree.Root, PublishFiles = publish ?? [], Tracking = tracking });

    [Fact]
    public void Weak_passwords_and_keys_in_the_view_are_BG1002_and_report_a_hash_not_the_value()
    {
        using var tree = new TempTree()
            .With("docker-compose.yml", "services:\n  db:\n    environment:\n      POSTGRES_USER: squidex\n      POSTGRES_PASSWORD: squidex\n      SA_PASSWORD: \"Pass@word\"\n      MARIADB_RANDOM_ROOT_PASSWORD: \"true\"\n")
            .With("appsettings.json", "{ \"Jwt\": { \"Key\": \"k3J9x2mQv8LpZr4tYw7s\" } }");
        var result = Scan(tree, tracking: TrackingMode.AssumeAllTracked);
        Assert.Equal(["appsettings.json(1,19) BG1002", "docker-compose.yml(5,26) BG1002", "docker-compose.yml(6,20) BG1002"], Lines(result, tree));
        Assert.All(result.Findings, f => Assert.StartsWith("sha256:", f.Fingerprint));
        Assert.Contains("equals the user name", result.Findings[1].Message);
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("squidex", StringComparison.OrdinalIgnoreCase) || f.Message.Contains("k3J9x2"));
    }

    [Fact]
    public void Strong_committed_secrets_and_provider_tokens_are_BG1003_interpolations_and_examples_are_not()
    {
        using var tree = new TempTree()
            .With("appsettings.json", "{\n  \"Identity\": { \"GithubSecret\": \"" + StrongKey + "\", \"ClientId\": \"" + StrongKey + "\" }\n}")
            .With("appsettings.Docker.json", "{ \"ConnectionStrings\": { \"Db\": \"Server=db;User Id=sa;Password=" + StrongKey + "\" } }")
            .With("appsettings.Development.json", "{ \"ConnectionStrings\": { \"Db\": \"Server=db;Password=yourWeak(!)Password\" } }")
            .With("scripts/deploy.sh", "#!/bin/sh\n# AKIAIOSFODNN7EXAMPLE is the docs example\nexport GH=ghp_Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8E\n")
            .With("docs/note.md", "use ${GITHUB_TOKEN} // -----BEGIN PUBLIC KEY-----\n")
            .With("docker-compose.yml", "services:\n  a:\n    environment:\n      API_TOKEN: ${API_TOKEN}\n      ADMIN_PASSWORD: ${ADMIN_PASSWORD:-}\n");
        var result = Scan(tree, tracking: TrackingMode.AssumeAllTracked);
        Assert.Equal(["appsettings.Docker.json(1,32) BG1003", "appsettings.json(2,33) BG1003", "scripts/deploy.sh(3,11) BG1003"], Lines(result, tree));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains(StrongKey) || f.Message.Contains("ghp_Zq8t"));
    }

    [Fact]
    public void Without_git_local_env_files_are_not_presumed_committed()
    {
        using var tree = new TempTree().With(".env", "GITHUB_TOKEN=ghp_Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8E\nAPI_SECRET=" + StrongKey + "\n");
        var result = Scan(tree);
        Assert.Empty(result.Findings);
        Assert.Contains(result.Notes, n => n.Text.Contains("BG5001"));
    }

    [Fact]
    public void Tracked_credential_files_are_BG5001_and_unignored_env_is_BG5003()
    {
        using var tree = new TempTree()
            .With("hosts.env", "DB_HOST=prod.internal\nDB_PASSWORD=changeme\n")
            .With(".env.example", "A=\n")
            .With("certs/site.pem", "-----BEGIN CERTIFICATE-----\n")
            .WithBytes("certs/site.pfx", [0x30, 0x82, 0x00, 0x01])
            .With(".npmrc", "registry=https://registry.npmjs.org/\n")
            .With("src/.env", "API_TOKEN=changeme\n")
            .With("local/.env", "API_TOKEN=changeme\n")
            .With("web/.env", "PORT=3000\nBROWSER=none\n")
            .With("tests/App.Tests/fixtures.pem", "-----BEGIN RSA PRIVATE KEY-----\n")
            .With(".gitignore", "local/.env\nuntracked.key\n")
            .With("untracked.key", "x\n");
        Git(tree, "init", "-q");
        Git(tree, "add", "hosts.env", ".env.example", "certs", ".npmrc", "src/.env", "web/.env", "tests", ".gitignore");
        var lines = Lines(Scan(tree), tree).Where(l => l.Contains("BG500", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["certs/site.pem(0,0) BG5001", "certs/site.pfx(0,0) BG5001", "hosts.env(0,0) BG5001", "src/.env(0,0) BG5001", "src/.env(0,0) BG5003"], lines);
    }

    [Fact]
    public void Npmrc_is_a_credential_file_only_with_a_token()
    {
        using var tree = new TempTree().With(".npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n");
        Git(tree, "init", "-q");
        Git(tree, "add", ".npmrc");
        Assert.Equal([".npmrc(0,0) BG5001"], Lines(Scan(tree), tree));
    }

    [Fact]
    public void Published_credential_files_are_BG5002()
    {
        using var tree = new TempTree().With("App.csproj", "<Project />").WithBytes("cert.pfx", [1, 0, 2]);
        var publish = new[]
        {
            new PublishedFile(tree.PathOf("cert.pfx"), "cert.pfx"),
            new PublishedFile(tree.PathOf("appsettings.json"), "appsettings.json"),
            new PublishedFile(tree.PathOf(".env"), ".env"),
            new PublishedFile(tree.PathOf(".env.example"), ".env.example"),
        };
        var codes = Scan(tree, publish).Findings.Where(f => f.Code == "BG5002").Select(f => Path.GetFileName(f.Location.FilePath));
        Assert.Equal(["cert.pfx", ".env"], codes.OrderByDescending(x => x));
    }
}
