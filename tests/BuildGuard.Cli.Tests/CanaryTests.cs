using System.Security.Cryptography;
using System.Text.Json;
using BuildGuard.Cli.Tests.Infrastructure;

namespace BuildGuard.Cli.Tests;

/// <summary>
/// A project whose secrets are unique canary strings, in every place the engine reads values from.
/// Whatever BuildGuard reports about them, no output — text, JSON, SARIF, stdout, stderr (verbose),
/// --output files — may contain any 8-character piece of any canary.
/// </summary>
[Trait("Needs", "Engine")]
public class CanaryTests
{
    // No hex letters, so a canary can never collide with a hash or sha256 fingerprint in the output.
    private const string Alphabet = "GHJKMNPQRSTVWXYZghjkmnpqrstvwxyz";

    private static string Canary(int length = 24) =>
        "Qz" + new string(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());

    [Fact]
    public async Task No_secret_value_appears_in_any_output()
    {
        var jwtKey = Canary(40);
        var connectionPassword = Canary();
        var dotenvPassword = Canary();
        var dotenvApiKey = Canary(32);
        var composePassword = Canary();
        var codeFallback = Canary();
        var environmentSecret = Canary(32);
        var pemBody = Canary(64);
        var weakPassword = Canary(6);
        var placeholderish = "changeme-" + Canary(10);
        string[] canaries = [jwtKey, connectionPassword, dotenvPassword, dotenvApiKey, composePassword, codeFallback, environmentSecret, pemBody, weakPassword, placeholderish];

        using var dir = new TempDirectory();
        dir.Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>");
        dir.Write("appsettings.json", $$"""
            {
              "Jwt": { "Key": "{{jwtKey}}", "SigningKey": "{{placeholderish}}" },
              "ConnectionStrings": { "Default": "Server=db;Database=app;User Id=sa;Password={{connectionPassword}};" },
              "Smtp": { "Password": "{{weakPassword}}" }
            }
            """);
        dir.Write(".env", $"DB_PASSWORD={dotenvPassword}\nSTRIPE_API_KEY={dotenvApiKey}\nDEBUG=true\n");
        dir.Write(".env.example", "DB_PASSWORD=\nSTRIPE_API_KEY=\nMISSING_TOKEN=\n");
        dir.Write("docker-compose.yml", $"services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: {composePassword}\n");
        dir.Write("Program.cs", $$"""
            var builder = WebApplication.CreateBuilder(args);
            var key = builder.Configuration["Jwt:Key"] ?? "{{codeFallback}}";
            var app = builder.Build();
            app.Run();
            """);
        dir.Write("certs/server.pem", $"-----BEGIN RSA PRIVATE KEY-----\n{pemBody}\n-----END RSA PRIVATE KEY-----\n");
        var environment = new Dictionary<string, string> { ["Api__ClientSecret"] = environmentSecret };

        var outputs = new List<string>();
        var exitCodes = new List<int>();
        var jsonReport = string.Empty;
        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var reportFile = Path.Combine(dir.Path, "out", "report." + format);
            var toStdout = await Tool.RunAsync(["check", dir.Path, "--format", format, "--verbose"], environment);
            var toFile = await Tool.RunAsync(["check", dir.Path, "--format", format, "--output", reportFile, "--verbose"], environment);
            outputs.AddRange([toStdout.Output, toStdout.Error, toFile.Output, toFile.Error, await File.ReadAllTextAsync(reportFile)]);
            exitCodes.AddRange([toStdout.ExitCode, toFile.ExitCode]);
            if (format == "json")
            {
                jsonReport = toStdout.Output;
            }

            if (format == "sarif")
            {
                SarifSchema.AssertValid(toStdout.Output);
            }
        }

        var all = string.Join("\n", outputs);
        foreach (var canary in canaries)
        {
            for (var i = 0; i + 8 <= canary.Length; i++)
            {
                var piece = canary.Substring(i, 8);
                if (piece.StartsWith("changeme", StringComparison.Ordinal) || piece.Contains('-'))
                {
                    continue; // the public placeholder word is not the canary
                }

                Assert.False(all.Contains(piece, StringComparison.Ordinal), $"Output contains '{piece}', a piece of a secret value:\n{all}");
            }
        }

        // The test only proves something if the engine reported on these values.
        Assert.All(exitCodes, code => Assert.Equal(1, code));
        using var document = JsonDocument.Parse(jsonReport);
        Assert.True(document.RootElement.GetProperty("findings").GetArrayLength() >= 5, jsonReport);
    }
}
