using System.Diagnostics;

namespace BuildGuard.Cli.Tests.Infrastructure;

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>Runs <c>dotnet buildguard</c> in-process (fast, captured writers) or as a real process.</summary>
public static class Tool
{
    /// <summary>An environment with nothing a scan would judge: tests never see the test host's variables.</summary>
    public static IReadOnlyDictionary<string, string> CleanEnvironment { get; } = new Dictionary<string, string>();

    public static async Task<CliResult> RunAsync(
        string[] args,
        IReadOnlyDictionary<string, string>? environment = null,
        string? currentDirectory = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var app = new CliApp(output, error, environment ?? CleanEnvironment, currentDirectory ?? Path.GetTempPath());
        var exitCode = await app.RunAsync(args);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The built tool, next to the tests (a ProjectReference copies it with its runtimeconfig).</summary>
    public static string ToolAssembly => Path.Combine(AppContext.BaseDirectory, "dotnet-buildguard.dll");

    public static async Task<CliResult> RunProcessAsync(string[] args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(ToolAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
