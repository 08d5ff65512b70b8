namespace BuildGuard.Core.Reporting;

/// <summary>Paths as every output format shows them: relative to the scanned root, '/' separators.</summary>
public static class ReportPaths
{
    /// <summary>
    /// <paramref name="filePath"/> relative to <paramref name="rootDirectory"/> with '/' separators;
    /// null when the finding has no file (e.g. it came from an environment variable). A file outside
    /// the root (a <c>.env</c> in a parent directory) comes out as <c>../.env</c>.
    /// </summary>
    public static string? Relative(string rootDirectory, string? filePath)
    {
        if (string.IsNullOrWhiteSpace(filePath))
        {
            return null;
        }

        var full = Path.GetFullPath(filePath, rootDirectory);
        var relative = Path.GetRelativePath(rootDirectory, full);
        return relative.Replace('\\', '/');
    }
}
