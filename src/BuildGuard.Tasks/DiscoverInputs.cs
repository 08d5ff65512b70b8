using System.Collections;
using System.Security.Cryptography;
using System.Text;
using BuildGuard.Core.Discovery;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace BuildGuard.Tasks;

/// <summary>
/// The cheap first step of an incremental check: lists the files the check reads (they become the check
/// target's Inputs) and keeps <see cref="EnvironmentHashFile"/> up to date, a file that changes only
/// when the build's environment variables change. No value crosses the task boundary: the environment is
/// read here, hashed, and only the hash is written (never logged).
/// </summary>
public sealed class DiscoverInputs : Microsoft.Build.Utilities.Task
{
    /// <summary>The project directory: the root discovery walks.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>Where the environment hash is kept (usually <c>$(IntermediateOutputPath)buildguard.env.hash</c>).</summary>
    [Required]
    public string EnvironmentHashFile { get; set; } = string.Empty;

    /// <summary>The files the check reads (absolute paths).</summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = [];

    /// <summary>The enclosing git repository's root, or empty outside git.</summary>
    [Output]
    public string RepositoryRoot { get; private set; } = string.Empty;

    public override bool Execute()
    {
        try
        {
            var discovery = FileDiscovery.Discover(Path.GetFullPath(ProjectDirectory));
            Files = discovery.Files.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
            RepositoryRoot = discovery.RepositoryRoot ?? string.Empty;
            foreach (var note in discovery.Notes)
            {
                MSBuildLog.Note(Log, note);
            }

            WriteIfChanged(EnvironmentHashFile, EnvironmentHash(Environment.GetEnvironmentVariables()));
        }
        catch (Exception ex)
        {
            // An input list that cannot be computed only costs incrementality: the check target then runs every time.
            MSBuildLog.InternalFailure(Log, "discover its inputs", ex);
            Files = [];
            TryDelete(EnvironmentHashFile);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// Shell bookkeeping that changes with every <c>cd</c> or subshell and is never configuration: left out of
    /// the hash so that moving around in a terminal does not re-run the check.
    /// </summary>
    private static readonly HashSet<string> VolatileShellVariables = new(StringComparer.Ordinal) { "_", "PWD", "OLDPWD", "SHLVL" };

    /// <summary>SHA-256 over the sorted <c>name=value</c> lines of the environment (ordinal, case-sensitive names).</summary>
    internal static string EnvironmentHash(IDictionary environment)
    {
        var entries = new List<KeyValuePair<string, string>>();
        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string name && !VolatileShellVariables.Contains(name))
            {
                entries.Add(new(name, entry.Value as string ?? string.Empty));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, value) in entries)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData("="u8);
            hash.AppendData(Encoding.UTF8.GetBytes(value));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>Writes <paramref name="content"/> only when it differs, so the file's timestamp means "changed".</summary>
    internal static void WriteIfChanged(string path, string content)
    {
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath) && string.Equals(File.ReadAllText(fullPath), content, StringComparison.Ordinal))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content);
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (!string.IsNullOrEmpty(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
