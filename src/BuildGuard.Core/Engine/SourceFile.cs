using BuildGuard.Core.Discovery;

namespace BuildGuard.Core.Engine;

/// <summary>A discovered file's text, read once at the edge; everything after this is pure.</summary>
public sealed record SourceFile(string Path, FileKind Kind, string? Environment, string Text)
{
    /// <summary>What the file is for, from where it lives: production, tests, or documentation.</summary>
    public FileRole Role { get; init; } = FileRole.Production;

    /// <summary>Tests and docs hold examples and fixtures: never the app's production configuration.</summary>
    public bool IsProduction => Role == FileRole.Production;
}
