namespace BuildGuard.Keygen.Tests.Infrastructure;

/// <summary>Every file under a folder: bytes and (on POSIX) mode. Two snapshots compare equal when nothing changed.</summary>
public sealed record FileSnapshot(IReadOnlyDictionary<string, (byte[] Bytes, UnixFileMode? Mode)> Files)
{
    public static FileSnapshot Take(params string[] roots)
    {
        var files = new SortedDictionary<string, (byte[], UnixFileMode?)>(StringComparer.Ordinal);
        foreach (var root in roots.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                files[file] = (File.ReadAllBytes(file), OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(file));
            }
        }

        return new FileSnapshot(files);
    }

    /// <summary>The files that differ (added, removed, other bytes or mode), for assertion messages.</summary>
    public IReadOnlyList<string> Differences(FileSnapshot other)
    {
        var names = Files.Keys.Union(other.Files.Keys).Order(StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var name in names)
        {
            if (!Files.TryGetValue(name, out var mine))
            {
                differences.Add("added: " + name);
            }
            else if (!other.Files.TryGetValue(name, out var theirs))
            {
                differences.Add("removed: " + name);
            }
            else if (!mine.Bytes.AsSpan().SequenceEqual(theirs.Bytes))
            {
                differences.Add("bytes changed: " + name);
            }
            else if (mine.Mode != theirs.Mode)
            {
                differences.Add($"mode changed: {name} ({mine.Mode} → {theirs.Mode})");
            }
        }

        return differences;
    }
}
