namespace BuildGuard.Core.Reporting;

/// <summary>How BuildGuard names itself in machine-readable output.</summary>
public static class ToolInfo
{
    public const string Name = "BuildGuard";

    public const string InformationUri = "https://github.com/buildguard/buildguard";
}
