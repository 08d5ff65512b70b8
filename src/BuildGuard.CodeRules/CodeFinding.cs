namespace BuildGuard.CodeRules;

/// <summary>
/// One finding of a code rule, in the file's own coordinates. Line and column are 1-based and point at the
/// start of the reported syntax (a literal, a call's name); EndLine/EndColumn at its end (exclusive column).
/// The message names the key, the call and the fix, and never the literal's value (a placeholder shows its
/// first four characters and length, anything else only its length).
/// </summary>
/// <param name="Code">BG1004, BG3003 or BG4002.</param>
/// <param name="Line">1-based line of the start.</param>
/// <param name="Column">1-based column of the start.</param>
/// <param name="Message">What is wrong and how to fix it, without the secret.</param>
public sealed record CodeFinding(string Code, int Line, int Column, string Message)
{
    /// <summary>1-based line of the end.</summary>
    public int EndLine { get; init; }

    /// <summary>1-based column just after the end.</summary>
    public int EndColumn { get; init; }

    /// <summary>
    /// The finding is an error whatever the enforcement switch says: AllowAnyOrigin()/SetIsOriginAllowed(_ => true)
    /// together with AllowCredentials() (BG4002).
    /// </summary>
    public bool AlwaysError { get; init; }

    /// <summary>The syntax tree's file path, as given when it was parsed (may be empty).</summary>
    public string FilePath { get; init; } = string.Empty;

    /// <summary>0-based character offset of the start in the file, for hosts that need spans.</summary>
    public int Start { get; init; }

    /// <summary>Length in characters of the reported syntax.</summary>
    public int Length { get; init; }
}
