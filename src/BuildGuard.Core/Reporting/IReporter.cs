namespace BuildGuard.Core.Reporting;

/// <summary>A pure function from a report to text. No console, no files: the host owns the writer.</summary>
public interface IReporter
{
    void Write(ScanReport report, TextWriter writer);
}

public enum ReportFormat
{
    Text,
    Json,
    Sarif,
}

public static class Reporters
{
    public static IReporter For(ReportFormat format) => format switch
    {
        ReportFormat.Text => new TextReporter(),
        ReportFormat.Json => new JsonReporter(),
        ReportFormat.Sarif => new SarifReporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Writes <paramref name="report"/> in <paramref name="format"/> to a string.</summary>
    public static string Render(ReportFormat format, ScanReport report)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        For(format).Write(report, writer);
        return writer.ToString();
    }
}
