using BuildGuard.CodeRules.Knowledge;

namespace BuildGuard.CodeRules.Tests;

/// <summary>
/// What the rules make of a literal. Names and values as such (KeyClassifier, PlaceholderDetector, ConnectionStrings)
/// are BuildGuard.Knowledge's, tested with the engine in tests/BuildGuard.Core.Tests.
/// </summary>
public class KnowledgeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("localhost")]
    [InlineData("localhost:6379")]
    [InlineData("127.0.0.1")]
    [InlineData("https://login.example.com/")]
    [InlineData("amqp://localhost:5672")]
    [InlineData("Data Source=app.db")]
    [InlineData("Server=.;Database=App;Trusted_Connection=True;")]
    [InlineData("${JWT_KEY}")]
    [InlineData("#{JwtKey}#")]
    [InlineData("%JWT_KEY%")]
    [InlineData("amqp://guest:${RABBIT_PASSWORD}@rabbit:5672")]
    [InlineData("Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${SB_KEY}")]
    public void Clearly_not_secrets(string value) => Assert.True(SecretLiterals.IsClearlyNotSecret(value), value);

    [Theory]
    [InlineData("changeme")]
    [InlineData("guest")]
    [InlineData("postgres")]
    [InlineData("Pass@word1")]
    [InlineData("amqp://guest:guest@localhost:5672")]
    [InlineData("Server=db;Password=Secret123")]
    [InlineData("c2VjcmV0LWtleS1ieXRlcw==")] // base64 padding is not key=value
    [InlineData("abc=def")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=app;AccountKey=a2V5LW1hdGVyaWFs")]
    [InlineData("Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=a2V5LW1hdGVyaWFs")]
    public void Could_be_secrets(string value) => Assert.False(SecretLiterals.IsClearlyNotSecret(value), value);

    [Theory]
    [InlineData("changeme", "chan…(8 chars)")]
    [InlineData("your-jwt-secret-key", "your…(19 chars)")]
    [InlineData("admin123", "admi…(8 chars)")]
    [InlineData("test", "4 chars")] // not a placeholder to the engine either: "test" is judged as a weak value
    [InlineData("xxxxxxxx", "xxxx…(8 chars)")]
    [InlineData("<your-api-key>", "<you…(14 chars)")]
    [InlineData("Pass@word1", "10 chars")]
    [InlineData("7beeb88f-ee8f-49cc-a972-9929a4260f50", "36 chars")]
    [InlineData("k3Y-M4t3r1aL-7f9a0b1c2d3e4f5a6b7c8d9e0", "38 chars")]
    public void Masks_show_a_placeholder_head_or_only_a_length(string value, string mask) => Assert.Equal(mask, SecretLiterals.Mask(value));
}
