using System.Diagnostics;
using BuildGuard.Cli;

namespace BuildGuard.Keygen.Tests.Infrastructure;

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string All => Output + "\n" + Error;

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>Runs <c>dotnet buildguard</c> in-process (captured writers, replaceable environment) or as a real process.</summary>
public static class Tool
{
    public static async Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null, string? currentDirectory = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var app = new CliApp(output, error, environment ?? new Dictionary<string, string>(), currentDirectory ?? Path.GetTempPath());
        var exitCode = await app.RunAsync(args);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The built tool, copied next to the tests by the project reference.</summary>
    public static string ToolAssembly => Path.Combine(AppContext.BaseDirectory, "dotnet-buildguard.dll");

    public static Task<CliResult> RunToolProcessAsync(string[] args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null) =>
        RunProcessAsync("dotnet", [ToolAssembly, .. args], workingDirectory, environment);

    public static async Task<CliResult> RunProcessAsync(string fileName, string[] args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            if (value.Length == 0)
            {
                start.Environment.Remove(name); // an empty value means "unset"
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
