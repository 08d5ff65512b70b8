using System.Diagnostics;
using System.Text;

namespace BuildGuard.EndToEnd.Tests.Infra;

/// <summary>The combined output of a process, line by line, and its exit code.</summary>
public sealed record CommandResult(string Command, int ExitCode, IReadOnlyList<string> Lines)
{
    public string Output => string.Join('\n', Lines);

    /// <summary>The output's lines with MSBuild's indentation removed.</summary>
    public IEnumerable<string> TrimmedLines => Lines.Select(l => l.Trim());

    public override string ToString() => $"{Command} exited with {ExitCode}:\n{Output}";
}

/// <summary>Runs the real dotnet CLI (and git) as child processes with a controlled environment.</summary>
public static class Dotnet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The dotnet executable running these tests (the SDK under test), or "dotnet" on PATH.</summary>
    public static string Executable { get; } = FindDotnet();

    /// <summary>
    /// The only environment variables a child process inherits from the test host: what the SDK, NuGet and
    /// git need to work on this machine. Everything else (a CI agent's secrets, ASPNETCORE_ENVIRONMENT, a
    /// parent build's MSBuild* variables, variables that MSBuild would read as properties) stays out, so a
    /// scenario sees exactly the environment it sets.
    /// </summary>
    private static bool IsInherited(string name) =>
        name.StartsWith("DOTNET_ROOT", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("LC_", StringComparison.Ordinal) ||
        name.ToUpperInvariant() is "PATH" or "HOME" or "USER" or "LOGNAME" or "LANG" or "TMPDIR" or "TMP" or "TEMP"
            or "DOTNET_CLI_HOME" or "NUGET_PACKAGES" or "NUGET_CERT_REVOCATION_MODE" or "NUGET_HTTP_CACHE_PATH"
            or "HTTP_PROXY" or "HTTPS_PROXY" or "NO_PROXY" or "ALL_PROXY" or "SSL_CERT_FILE" or "SSL_CERT_DIR"
            or "SYSTEMROOT" or "WINDIR" or "SYSTEMDRIVE" or "COMSPEC" or "PATHEXT" or "USERPROFILE" or "APPDATA"
            or "LOCALAPPDATA" or "PROGRAMDATA" or "PROGRAMFILES" or "PROGRAMFILES(X86)" or "COMMONPROGRAMFILES"
            or "NUMBER_OF_PROCESSORS" or "PROCESSOR_ARCHITECTURE" or "OS" or "USERNAME";

    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunProcess(Executable, workingDirectory, environment, arguments);

    public static CommandResult Git(string workingDirectory, params string[] arguments) =>
        RunProcess("git", workingDirectory,
            new Dictionary<string, string>
            {
                ["GIT_CONFIG_NOSYSTEM"] = "1",
                ["GIT_AUTHOR_NAME"] = "BuildGuard Tests",
                ["GIT_AUTHOR_EMAIL"] = "tests@buildguard.invalid",
                ["GIT_COMMITTER_NAME"] = "BuildGuard Tests",
                ["GIT_COMMITTER_EMAIL"] = "tests@buildguard.invalid",
            },
            ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", .. arguments]);

    private static CommandResult RunProcess(string fileName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(n => !IsInherited(n)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var lines = new List<string>();
        var outputClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errorClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Collect(e.Data, outputClosed);
        process.ErrorDataReceived += (_, e) => Collect(e.Data, errorClosed);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        // A server process the build left behind (compiler server) may hold the pipes open: wait for the
        // end of the output only briefly instead of until that server exits.
        Task.WaitAll([outputClosed.Task, errorClosed.Task], TimeSpan.FromSeconds(30));
        lock (lines)
        {
            return new CommandResult($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)}", process.ExitCode, lines.ToArray());
        }

        void Collect(string? line, TaskCompletionSource closed)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }
        }
    }

    private static string FindDotnet()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        return "dotnet";
    }
}
