using BuildGuard.Core.Editing;
using BuildGuard.Keygen.Tests.Infrastructure;

namespace BuildGuard.Keygen.Tests;

/// <summary>The built tool as a real process, and the real <c>dotnet user-secrets</c> reading what keygen wrote.</summary>
public class KeygenProcessTests
{
    /// <summary>A HOME of its own: the real ~/.microsoft/usersecrets is never touched.</summary>
    private static Dictionary<string, string> Isolated(TempDirectory dir) => new()
    {
        ["HOME"] = dir.Resolve("home"),
        ["DOTNET_CLI_HOME"] = dir.Resolve("home"),
        ["APPDATA"] = string.Empty, // unset: on every OS the store is under HOME
    };

    private static string Masked(string text, IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Aggregate(text, (current, value) => current.Replace(value, "***", StringComparison.Ordinal));

    [Fact]
    public async Task Keygen_and_check_as_processes_on_a_copy_of_the_insecure_sample()
    {
        using var dir = new TempDirectory();
        var app = dir.Resolve("app");
        RepositoryPaths.Copy(RepositoryPaths.InsecureSample, app);

        var keygen = await Tool.RunToolProcessAsync(["keygen", "."], app, Isolated(dir));
        var values = DotEnvEditor.Read(File.ReadAllBytes(Path.Combine(app, ".env"))).Assignments.Select(a => a.Value).ToList();
        var jwt = DotEnvEditor.Read(File.ReadAllBytes(Path.Combine(app, ".env"))).Effective("JWT_SECRET_KEY")!.Value;
        var afterFirst = FileSnapshot.Take(dir.Path);
        var again = await Tool.RunToolProcessAsync(["keygen", "."], app, Isolated(dir));
        var check = await Tool.RunToolProcessAsync(["check", ".", "--ignore-environment"], app, Isolated(dir));

        Assert.True(keygen.ExitCode == 1, Masked(keygen.ToString(), values)); // SMTP_PASSWORD: provider-issued, still missing
        Assert.Equal(64, Convert.FromBase64String(jwt).Length);
        Assert.DoesNotContain(jwt, keygen.All);
        Assert.Equal(1, again.ExitCode);
        Assert.Empty(afterFirst.Differences(FileSnapshot.Take(dir.Path)));
        Assert.DoesNotContain("JWT_SECRET_KEY", check.Output);
        Assert.Contains("BG2001", check.Output); // SMTP_PASSWORD, which keygen did not invent
        Assert.DoesNotContain(jwt, check.All);
    }

    [Fact]
    public async Task Dotnet_user_secrets_lists_the_generated_keys_next_to_an_existing_entry()
    {
        using var dir = new TempDirectory();
        var app = dir.Resolve("app");
        var project = dir.Write("app/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <UserSecretsId>buildguard-keygen-test-7d3f</UserSecretsId>
              </PropertyGroup>
            </Project>
            """);
        dir.Write("app/.env.example", "Jwt__SigningKey=\nDB_PASSWORD=\nDataProtection__Key=\n");
        var environment = Isolated(dir);

        var set = await Tool.RunProcessAsync("dotnet", ["user-secrets", "set", "Existing:Entry", "kept-value", "--project", project], app, environment);
        Assert.True(set.ExitCode == 0, set.ToString());

        var keygen = await Tool.RunToolProcessAsync(["keygen", app, "--user-secrets"], app, environment);
        var secretsPath = dir.Resolve("home/.microsoft/usersecrets/buildguard-keygen-test-7d3f/secrets.json");
        var stored = SecretsJsonEditor.Read(File.ReadAllText(secretsPath));
        var generated = new[] { "Jwt:SigningKey", "DB_PASSWORD", "DataProtection:Key" }.Select(k => stored.Get(k) ?? string.Empty).ToList();
        Assert.True(keygen.ExitCode == 0, Masked(keygen.ToString(), generated));
        Assert.All(generated, v => Assert.NotEmpty(v));

        var list = await Tool.RunProcessAsync("dotnet", ["user-secrets", "list", "--project", project], app, environment);

        Assert.True(list.ExitCode == 0, Masked(list.ToString(), generated));
        var listed = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(" = ", 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);
        var masked = Masked(list.Output, generated);
        Assert.True(listed.GetValueOrDefault("Existing:Entry") == "kept-value", masked);
        Assert.True(listed.GetValueOrDefault("Jwt:SigningKey") == generated[0], masked);
        Assert.True(listed.GetValueOrDefault("DB_PASSWORD") == generated[1], masked);
        Assert.True(listed.GetValueOrDefault("DataProtection:Key") == generated[2], masked);
        Assert.All(generated, v => Assert.DoesNotContain(v, keygen.All));
    }
}
