using System.IO.Compression;
using System.Text;
using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>
/// A finding names the key and the file, never the value: not on the console, not in a binary log (which
/// records every task input and output). Canaries are unique random values nobody else could print.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SecretLeakTests(PackageFixture fixture)
{
    [Fact]
    public void CanaryValuesAppearNeitherInTheConsoleNorInTheBinaryLog()
    {
        var fileCanary = "changeme-CANARY" + Guid.NewGuid().ToString("N");
        var environmentCanary = "changeme-ENVCANARY" + Guid.NewGuid().ToString("N");
        var project = fixture.CreateProject("canary")
            .File("appsettings.json", $$"""
                {
                  "Jwt": {
                    "Key": "{{fileCanary}}"
                  }
                }
                """)
            .Write();
        var binlog = project.PathOf("build.binlog");

        var result = project.Build(
            new Dictionary<string, string> { ["Smtp__Password"] = environmentCanary },
            "-c", "Release", "-v:n", $"-bl:{binlog}");

        // The file's canary is reported (it is a placeholder-shaped secret), so the values went through the engine.
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(Diagnostics.Of(result), d => d.Severity == "error" && d.File == project.PathOf("appsettings.json"));
        ReleaseBuildTests.AssertNoTaskFailure(result);

        foreach (var canary in new[] { fileCanary, environmentCanary })
        {
            Assert.DoesNotContain(canary, result.Output);
            // The distinctive part alone, in case something prints a fragment of the value.
            Assert.DoesNotContain(canary["changeme-".Length..], result.Output);
        }

        var log = ReadBinaryLog(binlog);
        foreach (var canary in new[] { fileCanary, environmentCanary })
        {
            var distinctive = canary["changeme-".Length..];
            Assert.False(Contains(log, Encoding.UTF8.GetBytes(distinctive)), $"the binary log holds {distinctive[..8]}… (UTF-8)");
            Assert.False(Contains(log, Encoding.Unicode.GetBytes(distinctive)), $"the binary log holds {distinctive[..8]}… (UTF-16)");
        }
    }

    /// <summary>A .binlog is one GZip stream (a version header, then records); embedded zips stay compressed.</summary>
    private static byte[] ReadBinaryLog(string path)
    {
        Assert.True(File.Exists(path), $"no binary log at {path}");
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        Assert.True(bytes.Length > 1000, "the binary log is unexpectedly small");
        return bytes.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
