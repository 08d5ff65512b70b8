using BuildGuard.Cli.Tests.Infrastructure;

namespace BuildGuard.Cli.Tests;

/// <summary>The real executable: Main's exit codes reach the shell.</summary>
public class ProcessTests
{
    [Fact]
    public async Task Rules_exits_0()
    {
        var result = await Tool.RunProcessAsync(["rules"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("BG1001", result.Output);
    }

    [Fact]
    public async Task Bad_format_exits_2()
    {
        var result = await Tool.RunProcessAsync(["check", ".", "--format", "xml"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("'xml'", result.Error);
    }

    [Fact]
    public async Task Missing_path_exits_2()
    {
        var result = await Tool.RunProcessAsync(["check", "no-such-folder-" + Guid.NewGuid().ToString("N")]);

        Assert.True(result.ExitCode == 2, result.ToString());
    }
}
