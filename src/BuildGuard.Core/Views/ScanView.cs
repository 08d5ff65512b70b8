using BuildGuard.Core.Model;
using BuildGuard.Core.Parsing;

namespace BuildGuard.Core.Views;

/// <summary>The facts the rules read: the settings of the requested environment's view and the declared keys.</summary>
public sealed class ScanView
{
    public required string Environment { get; init; }

    public required IReadOnlyList<Setting> Settings { get; init; }

    public required IReadOnlyList<Declaration> Declarations { get; init; }

    /// <summary>Every entry of every parsed .env-style file in the view, by file path (for required-key lookups).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ConfigEntry>> DotEnvFiles { get; init; }

    /// <summary>Environment variables by configuration key (Jwt__Key → Jwt:Key), case-insensitive.</summary>
    public required IReadOnlyDictionary<string, string> EnvironmentByKey { get; init; }

    /// <summary>Parse failures: BG9001.</summary>
    public required IReadOnlyList<(string Path, ParseError Error)> ParseErrors { get; init; }
}
