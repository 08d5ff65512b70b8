namespace BuildGuard.Core.Model;

/// <summary>
/// Turns a rule's default severity into the reported one, honouring the switches a .NET developer
/// already uses for compiler warnings (NoWarn, WarningsAsErrors, TreatWarningsAsErrors, WarningsNotAsErrors)
/// plus per-code overrides (BuildGuardSeverity_BGxxxx / buildguard.json).
/// </summary>
public sealed class SeverityPolicy
{
    private readonly HashSet<string> _noWarn;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly IReadOnlyDictionary<string, Severity> _overrides;

    public SeverityPolicy(
        bool enforced,
        IEnumerable<string>? noWarn = null,
        IEnumerable<string>? warningsAsErrors = null,
        bool treatWarningsAsErrors = false,
        IEnumerable<string>? warningsNotAsErrors = null,
        IReadOnlyDictionary<string, Severity>? overrides = null)
    {
        Enforced = enforced;
        _noWarn = ToSet(noWarn);
        _warningsAsErrors = ToSet(warningsAsErrors);
        _warningsNotAsErrors = ToSet(warningsNotAsErrors);
        TreatWarningsAsErrors = treatWarningsAsErrors;
        _overrides = overrides ?? new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Release build, publish, or BuildGuardEnforce=true: rules report at their enforced severity.</summary>
    public bool Enforced { get; }

    public bool TreatWarningsAsErrors { get; }

    public Severity Resolve(RuleDescriptor rule)
    {
        if (_noWarn.Contains(rule.Code))
        {
            return Severity.None;
        }

        var severity = _overrides.TryGetValue(rule.Code, out var explicitSeverity)
            ? explicitSeverity
            : Enforced ? rule.EnforcedSeverity : Min(rule.EnforcedSeverity, Severity.Warning);

        if (severity == Severity.Warning &&
            (_warningsAsErrors.Contains(rule.Code) || (TreatWarningsAsErrors && !_warningsNotAsErrors.Contains(rule.Code))))
        {
            severity = Severity.Error;
        }

        return severity;
    }

    /// <summary>Parses a property list such as "CS1591;BG1002, BG3003" into codes.</summary>
    public static IEnumerable<string> SplitCodes(string? list) =>
        (list ?? string.Empty).Split([';', ',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Parses "error", "warning", "message"/"info"/"suggestion", "none"/"silent"/"off".</summary>
    public static Severity? ParseSeverity(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" or "warn" => Severity.Warning,
        "message" or "info" or "suggestion" => Severity.Message,
        "none" or "silent" or "off" or "hidden" => Severity.None,
        _ => null,
    };

    private static Severity Min(Severity a, Severity b) => a < b ? a : b;

    private static HashSet<string> ToSet(IEnumerable<string>? codes) =>
        new(codes ?? [], StringComparer.OrdinalIgnoreCase);
}
