using BuildGuard.Core.Knowledge;

namespace BuildGuard.Keygen.Tests;

/// <summary>The kind table, with examples for every kind and the names that must not be mistaken for one.</summary>
public class KeyKindTests
{
    [Theory]
    // Signing / HMAC
    [InlineData("JWT_SECRET_KEY", KeyKind.HmacSigning)]
    [InlineData("JWT_SECRET", KeyKind.HmacSigning)]
    [InlineData("Jwt:Key", KeyKind.HmacSigning)]
    [InlineData("Jwt__SigningKey", KeyKind.HmacSigning)]
    [InlineData("Authentication:Jwt:Secret", KeyKind.HmacSigning)]
    [InlineData("HMAC_KEY", KeyKind.HmacSigning)]
    [InlineData("SECRET_KEY", KeyKind.HmacSigning)]
    [InlineData("SECRET_KEY_BASE", KeyKind.HmacSigning)]
    [InlineData("SESSION_SECRET", KeyKind.HmacSigning)]
    [InlineData("COOKIE_SECRET", KeyKind.HmacSigning)]
    [InlineData("WEBHOOK_SIGNING_SECRET", KeyKind.HmacSigning)]
    [InlineData("MASTER_KEY", KeyKind.HmacSigning)]   // the engine judges it as key material: 32+ bytes
    [InlineData("SECURITY_KEY", KeyKind.HmacSigning)]
    // Encryption
    [InlineData("ENCRYPTION_KEY", KeyKind.Encryption)]
    [InlineData("Encryption:Key", KeyKind.Encryption)]
    [InlineData("DataProtection:Key", KeyKind.Encryption)]
    [InlineData("AES_KEY", KeyKind.Encryption)]
    [InlineData("CIPHER_SECRET", KeyKind.Encryption)]
    [InlineData("JWT_ENCRYPTION_KEY", KeyKind.Encryption)]
    // Passwords of our own services
    [InlineData("DB_PASSWORD", KeyKind.Password)]
    [InlineData("POSTGRES_PASSWORD", KeyKind.Password)]
    [InlineData("Database:Password", KeyKind.Password)]
    [InlineData("RABBITMQ_DEFAULT_PASS", KeyKind.Password)]
    [InlineData("REDIS_PWD", KeyKind.Password)]
    [InlineData("CERT_PASSPHRASE", KeyKind.Password)]
    [InlineData("AdminPassword", KeyKind.Password)]
    // Ours, nothing more specific
    [InlineData("WEBHOOK_SECRET", KeyKind.GenericSecret)]
    [InlineData("REFRESH_TOKEN_SECRET", KeyKind.GenericSecret)]
    [InlineData("INTERNAL_API_KEY", KeyKind.GenericSecret)]
    [InlineData("ADMIN_API_KEY", KeyKind.GenericSecret)]
    [InlineData("Service:ApiKey", KeyKind.GenericSecret)]
    [InlineData("METRICS_TOKEN", KeyKind.GenericSecret)]
    public void Generated_kinds(string key, KeyKind expected)
    {
        Assert.Equal(expected, KeyKinds.Classify(key).Kind);
    }

    [Theory]
    [InlineData("TWILIO_ACCOUNT_SID", "Twilio")]
    [InlineData("TWILIO_AUTH_TOKEN", "Twilio")]
    [InlineData("STRIPE_SECRET_KEY", "Stripe")]
    [InlineData("STRIPE_WEBHOOK_SECRET", "Stripe")]
    [InlineData("Stripe:PublishableKey", "Stripe")]
    [InlineData("FB_APP_SECRET", "Facebook")]
    [InlineData("Authentication:Facebook:AppSecret", "Facebook")]
    [InlineData("OPENAI_API_KEY", "OpenAI")]
    [InlineData("OpenAI:ApiKey", "OpenAI")]
    [InlineData("AZURE_OPENAI_API_KEY", "Azure OpenAI")]
    [InlineData("ANTHROPIC_API_KEY", "Anthropic")]
    [InlineData("GEMINI_API_KEY", "Google Gemini")]
    [InlineData("MISTRAL_API_KEY", "Mistral")]
    [InlineData("COHERE_API_KEY", "Cohere")]
    [InlineData("HF_TOKEN", "Hugging Face")]
    [InlineData("SendGridApiKey", "SendGrid")]
    [InlineData("MAILGUN_API_KEY", "Mailgun")]
    [InlineData("MAILCHIMP_API_KEY", "Mailchimp")]
    [InlineData("POSTMARK_SERVER_TOKEN", "Postmark")]
    [InlineData("SMTP_PASSWORD", "your mail provider (SMTP)")]
    [InlineData("Smtp:Password", "your mail provider (SMTP)")]
    [InlineData("MAIL_PASSWORD", "your mail provider")]
    [InlineData("GITHUB_TOKEN", "GitHub")]
    [InlineData("GitHub:ClientSecret", "GitHub")]
    [InlineData("GOOGLE_CLIENT_SECRET", "Google")]
    [InlineData("GOOGLE_CLIENT_ID", "Google")]
    [InlineData("AzureAd:ClientSecret", "Microsoft Entra ID")]
    [InlineData("Authentication:Microsoft:ClientSecret", "Microsoft Entra ID")]
    [InlineData("APPLE_PRIVATE_KEY", "Apple")]
    [InlineData("TWITTER_CONSUMER_SECRET", "X (Twitter)")]
    [InlineData("DISCORD_BOT_TOKEN", "Discord")]
    [InlineData("SLACK_SIGNING_SECRET", "Slack")]
    [InlineData("PAYPAL_CLIENT_SECRET", "PayPal")]
    [InlineData("BRAINTREE_PRIVATE_KEY", "Braintree")]
    [InlineData("AWS_SECRET_ACCESS_KEY", "AWS")]
    [InlineData("AWS_ACCESS_KEY_ID", "AWS")]
    [InlineData("AmazonS3:SecretKey", "AWS")]
    [InlineData("CLOUDINARY_API_SECRET", "Cloudinary")]
    [InlineData("ALGOLIA_ADMIN_KEY", "Algolia")]
    [InlineData("SENTRY_DSN", "Sentry")]
    [InlineData("SENTRY_AUTH_TOKEN", "Sentry")]
    [InlineData("RECAPTCHA_SECRET_KEY", "Google reCAPTCHA")]
    [InlineData("ReCaptcha:SiteKey", "Google reCAPTCHA")]
    [InlineData("Keycloak:ClientSecret", "the identity provider")]
    [InlineData("OAUTH_CLIENT_SECRET", "the identity provider")]
    [InlineData("WEATHER_API_KEY", "the service the key is for")]
    [InlineData("ApiKey", "the service the key is for")]
    public void Provider_issued_credentials_name_their_provider(string key, string provider)
    {
        var result = KeyKinds.Classify(key);

        Assert.Equal(KeyKind.ProviderIssued, result.Kind);
        Assert.Equal(provider, result.Provider?.Name);
        Assert.False(string.IsNullOrWhiteSpace(result.Provider!.WhereToGet));
    }

    [Theory]
    [InlineData("SIGNING_PRIVATE_KEY", "Ed25519 signing key for tokens", null)]
    [InlineData("JWT_PRIVATE_KEY", null, "ed25519:base64-here")]
    [InlineData("ED25519_PRIVATE_KEY", null, null)]
    [InlineData("EdDSA:PrivateKey", null, null)]
    [InlineData("LICENSE_SIGNING_KEY", "EdDSA (Ed25519)", null)]
    public void Ed25519_needs_a_private_key_name_and_a_hint(string key, string? comment, string? example)
    {
        Assert.Equal(KeyKind.Ed25519, KeyKinds.Classify(key, comment, example).Kind);
    }

    [Theory]
    [InlineData("JWT_PRIVATE_KEY")] // RSA? EC? keygen does not guess
    [InlineData("PrivateKey")]
    [InlineData("ConnectionStrings:Default")]
    [InlineData("DATABASE_CONNECTION_STRING")]
    public void Secrets_of_unknown_format_are_manual(string key)
    {
        Assert.Equal(KeyKind.ManualSecret, KeyKinds.Classify(key).Kind);
    }

    [Theory]
    [InlineData("DEBUG")]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    [InlineData("CORS_ORIGINS")]
    [InlineData("APP_URL")]
    [InlineData("DB_PORT")]
    [InlineData("DB_HOST")]
    [InlineData("Jwt:Issuer")]
    [InlineData("Jwt:Audience")]
    [InlineData("TokenLifetimeMinutes")]
    [InlineData("PasswordMinLength")]
    [InlineData("KeyVaultName")]
    [InlineData("ApiKeyHeaderName")]
    [InlineData("SMTP_HOST")]
    [InlineData("SMTP_PORT")]
    [InlineData("STRIPE_WEBHOOK_URL")]
    [InlineData("AWS_REGION")]
    [InlineData("OPENAI_MODEL")]
    [InlineData("SIGNING_PUBLIC_KEY")]
    [InlineData("SESSION_COOKIE_NAME")]
    [InlineData("ClientId")]
    public void Names_that_are_not_secrets(string key)
    {
        Assert.Equal(KeyKind.NotASecret, KeyKinds.Classify(key).Kind);
    }

    [Theory]
    [InlineData("EMAIL_CONFIRMATION_SECRET")] // a mail word without a password: ours
    [InlineData("PASSENGER_SECRET")]          // "pass" inside a longer word is not a password
    public void Look_alikes_are_not_misread(string key)
    {
        var result = KeyKinds.Classify(key);

        Assert.Equal(KeyKind.GenericSecret, result.Kind);
        Assert.Null(result.Provider);
    }

    [Fact]
    public void Every_provider_has_terms_and_a_place_to_get_credentials()
    {
        Assert.All(KeyKindData.Providers, p =>
        {
            Assert.NotEmpty(p.Terms);
            Assert.All(p.Terms, t => Assert.Equal(t.ToLowerInvariant(), t));
            Assert.False(string.IsNullOrWhiteSpace(p.WhereToGet));
        });
        Assert.Equal(KeyKindData.Providers.Length, KeyKindData.Providers.Select(p => p.Name).Distinct().Count());
    }
}
