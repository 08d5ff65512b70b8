namespace BuildGuard.Core.Model;

public sealed record ScanResult(IReadOnlyList<Finding> Findings, IReadOnlyList<ScanNote> Notes, IReadOnlyList<string> InputFiles);
