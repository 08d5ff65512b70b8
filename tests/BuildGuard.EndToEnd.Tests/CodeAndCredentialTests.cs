using System.IO.Compression;
using System.Text;
using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>
/// Issue 4 through the real package: the analyzer's code rules (enforced only in Release), a committed
/// compose env file with production credentials, and no rule ever printing or logging a value.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CodeAndCredentialTests(PackageFixture fixture)
{
    private const string OpenCorsProgram = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCors(options => options.AddPolicy("open", policy =>
            policy.AllowAnyOrigin()
                  .AllowCredentials()));
        var app = builder.Build();
        app.UseCors("open");
        app.Run();

        """;

    [Fact]
    public void AllowAnyOriginWithCredentialsFailsReleaseAtItsLineAndDebugReportsNoError()
    {
        var project = fixture.CreateProject("cors-credentials")
            .Item("FrameworkReference", "Microsoft.AspNetCore.App")
            .File("appsettings.json", Content.CleanSettings)
            .File("Program.cs", OpenCorsProgram)
            .Write();

        var release = project.Build("-c", "Release");
        Assert.True(release.ExitCode == 1, release.ToString());
        var error = Assert.Single(Diagnostics.Of(release).Errors("BG4002"));
        Assert.Equal((project.PathOf("Program.cs"), 5, 12), (error.File, error.Line, error.Column));
        Assert.Contains("AllowCredentials", error.Message);

        var debug = project.Build("-c", "Debug");
        Assert.True(debug.ExitCode == 0, debug.ToString());
        Assert.DoesNotContain(Diagnostics.Of(debug), d => d.Severity == "error");
    }

    [Fact]
    public void CommittedHostsEnvFailsReleaseWithBG5001AndBG1003AtTheRightLines()
    {
        var project = fixture.CreateProject("hosts-env-credentials")
            .File("appsettings.json", Content.CleanSettings)
            .File(".gitignore", "bin/\nobj/\n")
            .File("hosts.env", "DB_HOST=db.prod.internal\nDB_PASSWORD=" + Content.StrongKey() + "\nWG_PRIVATE_KEY=yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n")
            .Write()
            .CommitAll();

        var result = project.Build("-c", "Release");

        Assert.True(result.ExitCode == 1, result.ToString());
        var diagnostics = Diagnostics.Of(result);
        Assert.Single(diagnostics.Errors("BG5001"), d => d.File == project.PathOf("hosts.env"));
        Assert.Equal([2, 3], diagnostics.Errors("BG1003").Where(d => d.File == project.PathOf("hosts.env")).Select(d => d.Line).Order());
        Assert.DoesNotContain("yAnz5TF", result.Output);
    }

    [Fact]
    public void NoRuleLeaksItsValueToTheConsoleOrTheBinaryLog()
    {
        var weak = "Wk" + Guid.NewGuid().ToString("N")[..6];                     // BG1002: a short password
        var strong = "Sx" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"); // BG1003: committed secret
        var fallback = "changeme-" + Guid.NewGuid().ToString("N");                // BG1004: literal fallback in code
        var placeholder = "your-secret-" + Guid.NewGuid().ToString("N");         // BG1001
        // The configuration findings lowered to warnings so that the build goes on to the compiler, which
        // reports BG1004: every value rule runs in one build.
        var project = fixture.CreateProject("canary-every-rule")
            .Property("BuildGuardSeverity_BG1001", "warning")
            .Property("BuildGuardSeverity_BG1002", "warning")
            .Property("BuildGuardSeverity_BG1003", "warning")
            .Item("FrameworkReference", "Microsoft.AspNetCore.App")
            .File("appsettings.json", $$"""
                {
                  "Smtp": { "Password": "{{weak}}" },
                  "Identity": { "ClientSecret": "{{strong}}" },
                  "Jwt": { "Key": "{{placeholder}}" }
                }
                """)
            .File("Program.cs", $$"""
                using Microsoft.AspNetCore.Builder;
                using Microsoft.AspNetCore.Http;
                var builder = WebApplication.CreateBuilder(args);
                var key = builder.Configuration["Jwt:Key"] ?? "{{fallback}}";
                var app = builder.Build();
                app.MapGet("/", () => key.Length);
                app.Run();

                """)
            .Write()
            .CommitAll();
        var binlog = project.PathOf("canary.binlog");

        var result = project.Build("-c", "Release", $"-bl:{binlog}");

        Assert.True(result.ExitCode == 1, result.ToString());
        var codes = Diagnostics.Of(result).Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { "BG1001", "BG1002", "BG1003", "BG1004" }, codes);
        var log = ReadBinaryLog(binlog);
        foreach (var canary in new[] { weak, strong, fallback, placeholder })
        {
            var distinctive = canary[^8..];
            Assert.DoesNotContain(distinctive, result.Output);
            Assert.True(log.AsSpan().IndexOf(Encoding.UTF8.GetBytes(distinctive)) < 0, $"binlog holds …{distinctive[..4]} (UTF-8)");
            Assert.True(log.AsSpan().IndexOf(Encoding.Unicode.GetBytes(distinctive)) < 0, $"binlog holds …{distinctive[..4]} (UTF-16)");
        }
    }

    private static byte[] ReadBinaryLog(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
