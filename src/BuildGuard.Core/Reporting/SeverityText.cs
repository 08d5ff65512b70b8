using BuildGuard.Core.Model;

namespace BuildGuard.Core.Reporting;

/// <summary>How each format names a severity.</summary>
public static class SeverityText
{
    /// <summary>Text and JSON: "error", "warning", "info" (Roslyn's word for a low-importance diagnostic).</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Message => "info",
        _ => "none",
    };

    /// <summary>SARIF 2.1.0 <c>level</c>: "error", "warning", "note", "none".</summary>
    public static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Message => "note",
        _ => "none",
    };
}
