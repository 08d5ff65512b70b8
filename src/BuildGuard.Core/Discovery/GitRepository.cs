using System.Diagnostics;
using System.Text;

namespace BuildGuard.Core.Discovery;

/// <summary>
/// Asks git what the repository tracks and ignores (`git ls-files -z`, `git check-ignore`). A directory
/// outside any repository, or a machine without git, yields null: the git-based rules are skipped with a
/// note, never failed.
/// </summary>
public static class GitRepository
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Absolute paths of tracked files under <paramref name="repositoryRoot"/>, or null when git cannot tell.</summary>
    public static IReadOnlySet<string>? TrackedFiles(string repositoryRoot, out string? problem)
    {
        var output = Run(repositoryRoot, ["ls-files", "-z", "--full-name"], stdin: null, out problem);
        if (output is null)
        {
            return null;
        }

        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(relative => Path.GetFullPath(Path.Combine(repositoryRoot, relative)))
            .ToHashSet(comparer);
    }

    /// <summary>The subset of <paramref name="paths"/> that .gitignore rules cover, or null when git cannot tell.</summary>
    public static IReadOnlySet<string>? IgnoredFiles(string repositoryRoot, IReadOnlyCollection<string> paths, out string? problem)
    {
        problem = null;
        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        if (paths.Count == 0)
        {
            return new HashSet<string>(comparer);
        }

        // --no-index: ask the ignore rules alone, even for a file that is (wrongly) tracked.
        var input = string.Join('\0', paths) + "\0";
        var output = Run(repositoryRoot, ["check-ignore", "-z", "--no-index", "--stdin"], input, out problem, okExitCodes: [0, 1]);
        if (output is null)
        {
            return null;
        }

        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Path.GetFullPath(Path.Combine(repositoryRoot, p)))
            .ToHashSet(comparer);
    }

    private static string? Run(string workingDirectory, string[] arguments, string? stdin, out string? problem, int[]? okExitCodes = null)
    {
        problem = null;
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = stdin is not null,
                UseShellExecute = false,
                CreateNoWindow = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // A hook or pager must never run or wait for input inside a build.
            start.Environment["GIT_TERMINAL_PROMPT"] = "0";
            start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
            using var process = Process.Start(start);
            if (process is null)
            {
                problem = "git could not be started";
                return null;
            }

            if (stdin is not null)
            {
                process.StandardInput.Write(stdin);
                process.StandardInput.Close();
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                }

                problem = "git did not answer in time";
                return null;
            }

            if (!(okExitCodes ?? [0]).Contains(process.ExitCode))
            {
                problem = $"git exited with code {process.ExitCode}";
                _ = stderr.Result;
                return null;
            }

            return stdout.Result;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            problem = "git is not available (" + ex.GetType().Name + ")";
            return null;
        }
    }
}
