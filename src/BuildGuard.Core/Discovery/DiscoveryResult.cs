using BuildGuard.Core.Model;

namespace BuildGuard.Core.Discovery;

/// <summary>The files a scan reads (absolute paths) and why others were skipped.</summary>
public sealed record DiscoveryResult(IReadOnlyList<string> Files, IReadOnlyList<ScanNote> Notes, string? RepositoryRoot);
