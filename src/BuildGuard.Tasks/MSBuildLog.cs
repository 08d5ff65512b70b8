using BuildGuard.Core.Model;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace BuildGuard.Tasks;

/// <summary>
/// The one adapter from BuildGuard's model to MSBuild's log: every diagnostic goes through the full
/// overloads (code, help link, file, line, column) so MSBuild prints the canonical
/// <c>path(line,col): error BG1001: message</c> form, and a whole-file finding prints <c>path : error …</c>.
/// </summary>
internal static class MSBuildLog
{
    /// <summary>Reports a finding at <paramref name="severity"/>; returns false when the severity is None.</summary>
    public static bool Finding(TaskLoggingHelper log, Finding finding, Severity severity)
    {
        var location = finding.Location;
        var line = location.HasRegion ? location.Line : 0;
        var column = location.HasRegion ? Math.Max(location.Column, 0) : 0;
        var file = location.FilePath ?? string.Empty;
        var code = finding.Rule.Code;
        var helpLink = finding.Rule.HelpLink;

        // No message arguments: the message is printed verbatim (braces in it are not format items).
        switch (severity)
        {
            case Severity.Error:
                log.LogError(null, code, null, helpLink, file, line, column, 0, 0, finding.Message);
                return true;
            case Severity.Warning:
                log.LogWarning(null, code, null, helpLink, file, line, column, 0, 0, finding.Message);
                return true;
            case Severity.Message:
                log.LogMessage(null, code, null, file, line, column, 0, 0, MessageImportance.Normal, finding.Message);
                return true;
            default:
                return false;
        }
    }

    public static void Note(TaskLoggingHelper log, ScanNote note)
    {
        var text = note.Text.StartsWith("BuildGuard", StringComparison.Ordinal) ? note.Text : "BuildGuard: " + note.Text;
        if (string.IsNullOrEmpty(note.FilePath))
        {
            log.LogMessage(MessageImportance.Low, text);
        }
        else
        {
            log.LogMessage(null, null, null, note.FilePath, 0, 0, 0, 0, MessageImportance.Low, text);
        }
    }

    /// <summary>
    /// One warning for a failure of BuildGuard itself. The exception's message is not logged: parsers and
    /// configuration providers may quote the text they failed on, and that text can be a secret. The
    /// exception type and the method that threw are enough to file a bug.
    /// </summary>
    public static void InternalFailure(TaskLoggingHelper log, string what, Exception exception)
    {
        var site = exception.TargetSite is { } method
            ? $" in {method.DeclaringType?.FullName}.{method.Name}"
            : string.Empty;
        log.LogWarning(
            $"BuildGuard could not {what} ({exception.GetType().FullName}{site}); this build was not checked. " +
            "Run 'dotnet buildguard check' for details, or report the issue at https://github.com/buildguard/buildguard/issues.");
    }
}
