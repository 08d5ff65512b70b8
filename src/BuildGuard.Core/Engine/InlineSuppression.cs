using BuildGuard.Core.Model;

namespace BuildGuard.Core.Engine;

/// <summary>
/// `buildguard:ignore BG1001 reason` in a comment on the reported line or the line above silences that
/// code there. The reason is required: a suppression without one is not honoured (the finding stays and
/// says why), so every exception is explained where it is made.
/// </summary>
public static class InlineSuppression
{
    public const string Marker = "buildguard:ignore";

    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, IReadOnlyList<SourceFile> files, List<ScanNote> notes)
    {
        var texts = files.Where(f => f.Text.Contains(Marker, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => f.Path, f => f.Text.Split('\n'), StringComparer.Ordinal);
        if (texts.Count == 0)
        {
            return findings;
        }

        var kept = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            if (finding.Location.HasRegion && texts.TryGetValue(finding.Location.FilePath, out var lines) &&
                Suppresses(lines, finding.Location.Line, finding.Code) is { } hasReason)
            {
                if (hasReason)
                {
                    notes.Add(new ScanNote($"BuildGuard: {finding.Code} suppressed by an inline {Marker} comment.", finding.Location.FilePath));
                    continue;
                }

                kept.Add(finding with { Message = finding.Message + $" (A {Marker} comment names this code but gives no reason, so it is not honoured.)" });
                continue;
            }

            kept.Add(finding);
        }

        return kept;
    }

    /// <summary>Null: no marker for the code; true: marker with a reason; false: marker without a reason.</summary>
    private static bool? Suppresses(string[] lines, int line, string code)
    {
        foreach (var index in new[] { line - 1, line - 2 })
        {
            if (index < 0 || index >= lines.Length)
            {
                continue;
            }

            var text = lines[index];
            var at = text.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var rest = text[(at + Marker.Length)..].Trim();
            if (!rest.StartsWith(code, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var reason = rest[code.Length..].Trim().TrimStart(':', '-', '—').Trim().TrimEnd('*', '/', '>', '-', ' ', '\r');
            return reason.Length > 0;
        }

        return null;
    }
}
