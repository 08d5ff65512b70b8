namespace BuildGuard.Core.Parsing;

/// <summary>
/// One key/value as written in a file, with 1-based positions of the key and the value.
/// <see cref="IsLiteral"/> is false when the value is resolved later (an interpolation or reference).
/// </summary>
public sealed record ConfigEntry(string Key, string? Value, int Line, int Column, int ValueLine, int ValueColumn, bool IsLiteral = true)
{
    /// <summary>For compose files: the service the entry belongs to.</summary>
    public string? Section { get; init; }
}

/// <summary>A parse failure at a 1-based position (reported as BG9001).</summary>
public sealed record ParseError(string Message, int Line, int Column);

/// <summary>What a parser made of one file: its entries and at most one fatal error.</summary>
public sealed record ParsedFile(string Path, IReadOnlyList<ConfigEntry> Entries, IReadOnlyList<ParseError> Errors)
{
    public bool Failed => Errors.Count > 0 && Entries.Count == 0;
}
