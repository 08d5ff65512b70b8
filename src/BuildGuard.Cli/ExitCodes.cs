namespace BuildGuard.Cli;

/// <summary>The process exit codes of <c>dotnet buildguard</c> (DESIGN.md "Output contracts").</summary>
public enum ExitCodes
{
    /// <summary>No error-severity findings (warnings and infos may have been reported); or a command succeeded.</summary>
    Ok = 0,

    /// <summary><c>check</c>: at least one finding has error severity.</summary>
    ErrorsFound = 1,

    /// <summary>Bad command line (unknown option, bad <c>--format</c>, missing command), PATH not found, unreadable input or unwritable <c>--output</c>.</summary>
    UsageOrIOError = 2,

    /// <summary>An unexpected exception inside BuildGuard: a bug, reported with its stack trace on stderr.</summary>
    InternalError = 3,
}
