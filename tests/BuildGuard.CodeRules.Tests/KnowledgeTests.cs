using BuildGuard.CodeRules.Knowledge;

namespace BuildGuard.CodeRules.Tests;

/// <summary>The data lists behind the rules, with examples (kept in step with BuildGuard.Core's Knowledge).</summary>
public class KnowledgeTests
{
    [Theory]
    [InlineData("Jwt:Key")]
    [InlineData("Jwt:SigningKey")]
    [InlineData("JWT_SECRET_KEY")]
    [InlineData("ConnectionStrings:Default")]
    [InlineData("Smtp:Password")]
    [InlineData("DEFAULT_PASSWORD")]
    [InlineData("DB_PWD")]
    [InlineData("Stripe:ApiKey")]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("Authentication:Google:ClientSecret")]
    [InlineData("SigningKey")]
    [InlineData("EncryptionKey")]
    [InlineData("Jwt__Key")]
    public void Secret_names(string name) => Assert.True(SecretNames.IsSecretNamed(name), name);

    [Theory]
    [InlineData("Jwt:Issuer")]
    [InlineData("Jwt:Audience")]
    [InlineData("Issuer")]
    [InlineData("ClientId")]
    [InlineData("KeyVaultName")]
    [InlineData("TokenLifetime")]
    [InlineData("PasswordMinLength")]
    [InlineData("ApiKeyHeaderName")]
    [InlineData("publicKey")]
    [InlineData("ApplicationInsights:InstrumentationKey")]
    [InlineData("Logging:LogLevel:Default")]
    [InlineData("Key")]
    [InlineData("Localization:Key")]
    public void Not_secret_names(string name) => Assert.False(SecretNames.IsSecretNamed(name), name);

    [Theory]
    [InlineData("PasswordMinLength", true)]
    [InlineData("KeyVaultName", true)]
    [InlineData("TokenLifetime", true)]
    [InlineData("ClientId", true)]
    [InlineData("Issuer", true)]
    [InlineData("JWT_SECRET_KEY", false)]
    [InlineData("DEFAULT_PASSWORD", false)]
    [InlineData("Key", false)]
    public void Known_non_secret_names(string name, bool expected) => Assert.Equal(expected, SecretNames.IsKnownNonSecret(name));

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
    public void Could_be_secrets(string value) => Assert.False(SecretLiterals.IsClearlyNotSecret(value), value);

    [Theory]
    [InlineData("changeme", "chan…(8 chars)")]
    [InlineData("your-jwt-secret-key", "your…(19 chars)")]
    [InlineData("admin123", "admi…(8 chars)")]
    [InlineData("test", "t…(4 chars)")]
    [InlineData("xxxxxxxx", "xxxx…(8 chars)")]
    [InlineData("<your-api-key>", "<you…(14 chars)")]
    [InlineData("Pass@word1", "10 chars")]
    [InlineData("7beeb88f-ee8f-49cc-a972-9929a4260f50", "36 chars")]
    [InlineData("k3Y-M4t3r1aL-7f9a0b1c2d3e4f5a6b7c8d9e0", "38 chars")]
    public void Masks_show_a_placeholder_head_or_only_a_length(string value, string mask) => Assert.Equal(mask, SecretLiterals.Mask(value));
}
