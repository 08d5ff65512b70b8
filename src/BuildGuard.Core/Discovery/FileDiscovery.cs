using BuildGuard.Core.Model;

namespace BuildGuard.Core.Discovery;

/// <summary>
/// Finds the files BuildGuard reads: every file under the root (skipping build output, git and
/// package folders), plus .env* and .gitignore files in the directories up to the repository root.
/// </summary>
public static class FileDiscovery
{
    /// <summary>Folders that hold build output, VCS data or third-party packages: never the app's own config.</summary>
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", "node_modules", ".vs", ".idea", "packages", "TestResults", "artifacts",
    };

    public const long MaxFileBytes = 2 * 1024 * 1024;

    public static DiscoveryResult Discover(string rootDirectory)
    {
        var root = Path.GetFullPath(rootDirectory);
        var files = new List<string>();
        var notes = new List<ScanNote>();
        if (!Directory.Exists(root))
        {
            notes.Add(new ScanNote("BuildGuard: directory not found; nothing scanned.", root));
            return new DiscoveryResult(files, notes, null);
        }

        var repositoryRoot = FindRepositoryRoot(root);
        Walk(root, files, notes);
        AddAncestorFiles(root, repositoryRoot, files);
        return new DiscoveryResult(files, notes, repositoryRoot);
    }

    /// <summary>The nearest directory at or above <paramref name="start"/> holding .git (a folder or a worktree file).</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static void Walk(string root, List<string> files, List<ScanNote> notes)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            try
            {
                // Every file counts: config files are parsed, other text is searched for credential formats,
                // and any file's name can make it a credential file.
                files.AddRange(Directory.EnumerateFiles(dir));

                foreach (var sub in Directory.EnumerateDirectories(dir))
                {
                    var info = new DirectoryInfo(sub);
                    if (SkippedDirectories.Contains(info.Name) || info.LinkTarget is not null)
                    {
                        notes.Add(new ScanNote($"BuildGuard: skipped {info.Name}/ (build output, VCS data, packages or a link).", sub));
                        continue;
                    }

                    pending.Push(sub);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                notes.Add(new ScanNote($"BuildGuard: skipped a directory it cannot read ({ex.GetType().Name}).", dir));
            }
        }

        files.Sort(StringComparer.Ordinal);
    }

    private static void AddAncestorFiles(string root, string? repositoryRoot, List<string> files)
    {
        if (repositoryRoot is null)
        {
            return;
        }

        for (var dir = Directory.GetParent(root); dir is not null && dir.FullName.Length >= repositoryRoot.Length; dir = dir.Parent)
        {
            try
            {
                foreach (var file in Directory.EnumerateFiles(dir.FullName))
                {
                    var kind = FileClassifier.Classify(file).Kind;
                    if (kind is FileKind.DotEnv or FileKind.EnvTemplate or FileKind.GitIgnore)
                    {
                        files.Add(file);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable ancestor only means fewer .env files; the project's own scan goes on.
            }
        }
    }
}
