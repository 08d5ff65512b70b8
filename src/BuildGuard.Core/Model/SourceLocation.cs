namespace BuildGuard.Core.Model;

/// <summary>A 1-based position in a file. Line 0 means "the whole file" (no region).</summary>
public readonly record struct SourceLocation(string FilePath, int Line, int Column)
{
    public static SourceLocation WholeFile(string filePath) => new(filePath, 0, 0);

    public bool HasRegion => Line > 0;
}
