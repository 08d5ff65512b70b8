using BuildGuard.Core.Discovery;
using BuildGuard.Core.Engine;
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

    /// <summary>
    /// Every literal entry of every configuration file, in the view or not (appsettings.Docker.json,
    /// .env.staging), except templates: what file-based rules (BG1003) read. <see cref="Setting.DevelopmentOnly"/>
    /// marks files of a development environment.
    /// </summary>
    public required IReadOnlyList<Setting> FileEntries { get; init; }

    /// <summary>Every file read, with what its parser made of it (empty entries for non-configuration files).</summary>
    public required IReadOnlyList<(SourceFile File, ParsedFile Parsed)> Sources { get; init; }

    /// <summary>What git says is tracked and ignored.</summary>
    public required FileTracking Tracking { get; init; }

    /// <summary>The files a publish is about to copy (empty outside publish).</summary>
    public required IReadOnlyList<PublishedFile> PublishFiles { get; init; }

    /// <summary>Parse failures: BG9001.</summary>
    public required IReadOnlyList<(string Path, ParseError Error)> ParseErrors { get; init; }
}
