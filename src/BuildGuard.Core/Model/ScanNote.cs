namespace BuildGuard.Core.Model;

/// <summary>A low-importance remark about the scan itself (a skipped file, a skipped check).</summary>
public sealed record ScanNote(string Text, string? FilePath = null);
