using BuildGuard.Core.Model;
using BuildGuard.Core.Reporting;

namespace BuildGuard.Cli.Tests;

/// <summary>Hand-made findings covering every location shape a reporter must handle.</summary>
internal static class ReportFixture
{
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "bg-report-fixture", "app");

    public static string In(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    public static IReadOnlyList<Finding> Findings { get; } =
    [
        new(RuleCatalog.VerboseDiagnostics, new SourceLocation(In("config/appsettings.Production.json"), 5, 7),
            "'Logging:LogLevel:Default' is Debug in the Production view.", Key: "Logging:LogLevel:Default"),
        new(RuleCatalog.PlaceholderSecret, new SourceLocation(In("appsettings.json"), 3, 12),
            "'Jwt:Key' holds a placeholder (chan…(8 chars)); run 'dotnet buildguard keygen'.", Key: "Jwt:Key", Fingerprint: "chan…(8 chars)"),
        new(RuleCatalog.CommittedCredentialFile, SourceLocation.WholeFile(In(".env")),
            "'.env' is tracked by git."),
        new(RuleCatalog.MissingRequiredKey, new SourceLocation(string.Empty, 0, 0),
            "Required key 'Stripe:ApiKey' is missing.", Key: "Stripe:ApiKey"),
        new(RuleCatalog.HardcodedCredential, new SourceLocation(In("src/My App/notes.txt"), 2, 1),
            "A private key block is committed.", Fingerprint: "sha256:1a2b3c4d"),
        new(RuleCatalog.EnvNotIgnored, SourceLocation.WholeFile(In("../.env")),
            "'.env' is not covered by a .gitignore rule."),
    ];

    public static ScanReport Create(SeverityPolicy? policy = null, IReadOnlyList<ScanNote>? notes = null) =>
        ScanReport.Create(Root, Findings, policy ?? new SeverityPolicy(enforced: true), notes, filesScanned: 7);
}
