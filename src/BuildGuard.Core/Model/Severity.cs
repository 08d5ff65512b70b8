namespace BuildGuard.Core.Model;

/// <summary>How a finding is reported. Hosts map it to MSBuild errors/warnings/messages or SARIF levels.</summary>
public enum Severity
{
    None = 0,
    Message = 1,
    Warning = 2,
    Error = 3,
}
