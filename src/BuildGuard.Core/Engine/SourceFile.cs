using BuildGuard.Core.Discovery;

namespace BuildGuard.Core.Engine;

/// <summary>A discovered file's text, read once at the edge; everything after this is pure.</summary>
public sealed record SourceFile(string Path, FileKind Kind, string? Environment, string Text);
