namespace BuildGuard.Core.Discovery;

/// <summary>What git says about files: tracked (BG1003 scope, BG5001) and ignored (BG5003). Unknown without git.</summary>
public sealed class FileTracking
{
    private readonly IReadOnlySet<string>? _tracked;
    private readonly IReadOnlySet<string>? _ignored;

    private FileTracking(IReadOnlySet<string>? tracked, IReadOnlySet<string>? ignored, bool allTracked, string? unknownReason)
    {
        _tracked = tracked;
        _ignored = ignored;
        AllTracked = allTracked;
        UnknownReason = unknownReason;
    }

    /// <summary>Every file counts as committed (regression corpora, explicit request).</summary>
    public bool AllTracked { get; }

    /// <summary>Why git could not tell (no repository, no git on PATH); null when it could.</summary>
    public string? UnknownReason { get; }

    public bool Known => UnknownReason is null;

    public bool IgnoreRulesKnown => _ignored is not null;

    public static FileTracking Everything { get; } = new(null, null, allTracked: true, unknownReason: null);

    public static FileTracking Unknown(string reason) => new(null, null, allTracked: false, reason);

    public static FileTracking FromGit(IReadOnlySet<string> tracked, IReadOnlySet<string>? ignored) => new(tracked, ignored, allTracked: false, unknownReason: null);

    /// <summary>True/false when known; null when git could not tell.</summary>
    public bool? IsTracked(string path) => AllTracked ? true : _tracked?.Contains(path);

    public bool? IsIgnored(string path) => _ignored?.Contains(path);
}
