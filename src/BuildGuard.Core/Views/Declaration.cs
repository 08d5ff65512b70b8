using BuildGuard.Core.Model;

namespace BuildGuard.Core.Views;

/// <summary>
/// A key something says must be set. <see cref="EnvFile"/> is the .env a template describes (checked
/// beside environment and configuration); <see cref="AlwaysEnforced"/> is false for template keys
/// whose .env does not exist (secrets injected at deploy time).
/// </summary>
public sealed record Declaration(string Key, SourceLocation Location, string Source, string? EnvFile, bool AlwaysEnforced);
