using NJsonSchema;

namespace BuildGuard.Cli.Tests.Infrastructure;

/// <summary>
/// The SARIF 2.1.0 JSON schema from the Sarif.Sdk package (the SARIF reference implementation), copied
/// next to the tests at build time and validated with NJsonSchema.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Schemata", "sarif-2.1.0.json");
        Assert.True(File.Exists(path), $"SARIF schema not found at {path}: is the Sarif.Sdk package restored?");
        return JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
    });

    public static JsonSchema Instance => Schema.Value;

    /// <summary>Every schema violation in <paramref name="sarif"/>, one per line; empty when valid.</summary>
    public static string Validate(string sarif) =>
        string.Join("\n", Instance.Validate(sarif).Select(e => e.ToString()));

    public static void AssertValid(string sarif)
    {
        var errors = Validate(sarif);
        Assert.True(errors.Length == 0, $"SARIF does not match the 2.1.0 schema:\n{errors}\n--- document ---\n{sarif}");
    }
}
