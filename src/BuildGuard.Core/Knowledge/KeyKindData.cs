namespace BuildGuard.Core.Knowledge;

/// <summary>What <c>dotnet buildguard keygen</c> can put into a key, decided from its name (and its template's hints).</summary>
public enum KeyKind
{
    /// <summary>A symmetric signing key (JWT HS*, HMAC, session/cookie signing, SECRET_KEY): 64 random bytes, base64.</summary>
    HmacSigning,

    /// <summary>A symmetric encryption key (AES, data protection): a 32-byte AEAD key, base64.</summary>
    Encryption,

    /// <summary>A password a service of ours accepts (database, broker, cache): 32 URL- and shell-safe characters.</summary>
    Password,

    /// <summary>An Ed25519 signing key pair: the private key (raw, base64) is written, the public key printed.</summary>
    Ed25519,

    /// <summary>Any other secret the app itself defines (*_SECRET, *_TOKEN, an internal API key): 32 random bytes, base64url.</summary>
    GenericSecret,

    /// <summary>A credential only a provider can issue (Stripe, Twilio, OpenAI, OAuth client secrets…): never invented.</summary>
    ProviderIssued,

    /// <summary>Not a secret (a URL, a port, a name, a switch): keygen copies the template's example or asks for a value.</summary>
    NotASecret,

    /// <summary>A secret keygen cannot make without knowing its format (a connection string, a private key of unknown algorithm).</summary>
    ManualSecret,
}

/// <summary>Who issues a credential, and where a developer gets it.</summary>
/// <param name="Name">How people call the provider.</param>
/// <param name="Terms">Lower-case name words (or two adjacent words run together: "send"+"grid") that mean this provider.</param>
/// <param name="WhereToGet">A console URL or the place in the provider's console.</param>
/// <param name="OnlyWith">When set, the provider is meant only if the name also has one of these words (MAIL_PASSWORD, not EMAIL_CONFIRMATION_SECRET).</param>
public sealed record Provider(string Name, string[] Terms, string WhereToGet, string[]? OnlyWith = null);

/// <summary>One row of the kind table: a test on the key's name words, and the kind it means.</summary>
/// <param name="Kind">The kind a matching key gets.</param>
/// <param name="Test">Which words of the name are tested.</param>
/// <param name="Terms">Lower-case words (or run-together word pairs / compact segments, per <paramref name="Test"/>).</param>
/// <param name="Why">Shown to the user: what such a key is.</param>
public sealed record KindRule(KeyKind Kind, NameTest Test, string[] Terms, string Why);

public enum NameTest
{
    /// <summary>A word (or two adjacent words run together) of the last named segment or its parent: "Jwt:Key" has jwt.</summary>
    NameWord,

    /// <summary>
    /// The last named segment with its parent, lower-cased without separators, contains a term
    /// ("OAUTH_CLIENT_SECRET" → "oauthclientsecret" has "clientsecret"; "ConnectionStrings:Default" has "connectionstring").
    /// </summary>
    SegmentContains,

    /// <summary>The last named segment, compacted, equals a term and the key has no parent section (a top-level SECRET_KEY).</summary>
    TopLevelSegmentIs,
}

/// <summary>
/// The data behind keygen's choices, one row per idea, read top to bottom (first match wins). How it
/// is applied is in <see cref="KeyKinds.Classify"/>:
/// 1. A name that names no credential (<see cref="KeyClassifier.IsSecretNamed"/> is false) and is no
///    provider-issued identifier is <see cref="KeyKind.NotASecret"/>.
/// 2. A credential or identifier naming a <see cref="Providers">provider</see> is that provider's to issue.
/// 3. Otherwise the <see cref="Rules"/> decide; a credential no rule claims is a <see cref="KeyKind.GenericSecret"/>.
/// </summary>
public static class KeyKindData
{
    /// <summary>
    /// Providers whose credentials keygen never invents. Checked in this order (Azure OpenAI before OpenAI
    /// and Azure). A name mentions a provider when one of its words, or two adjacent words run together,
    /// is a term: TWILIO_AUTH_TOKEN, Stripe:SecretKey, SendGridApiKey (send+grid), OPENAI_API_KEY.
    /// </summary>
    private const string MailCredentials = "the SMTP credentials page of your mail provider (SendGrid, Mailgun, Amazon SES, Microsoft 365, Google Workspace…)";

    public static readonly Provider[] Providers =
    [
        new("Twilio", ["twilio"], "https://console.twilio.com (Account Info: Account SID and Auth Token; API keys under Account → API keys & tokens)"), // TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN
        new("Stripe", ["stripe"], "https://dashboard.stripe.com/apikeys (webhook signing secrets: https://dashboard.stripe.com/webhooks)"),           // STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET
        new("Facebook", ["facebook", "fb", "instagram"], "https://developers.facebook.com/apps (App settings → Basic → App secret)"),               // FB_APP_SECRET, Authentication:Facebook:AppSecret
        new("Azure OpenAI", ["azureopenai", "aoai"], "Azure portal → your Azure OpenAI resource → Keys and Endpoint (https://portal.azure.com)"),   // AZURE_OPENAI_API_KEY
        new("OpenAI", ["openai"], "https://platform.openai.com/api-keys"),                                                                          // OPENAI_API_KEY
        new("Anthropic", ["anthropic", "claude"], "https://console.anthropic.com/settings/keys"),                                                   // ANTHROPIC_API_KEY
        new("Google Gemini", ["gemini"], "https://aistudio.google.com/app/apikey"),                                                                 // GEMINI_API_KEY
        new("Mistral", ["mistral"], "https://console.mistral.ai/api-keys"),                                                                         // MISTRAL_API_KEY
        new("Cohere", ["cohere"], "https://dashboard.cohere.com/api-keys"),                                                                          // COHERE_API_KEY
        new("Hugging Face", ["huggingface", "hf"], "https://huggingface.co/settings/tokens"),                                                         // HF_TOKEN, HUGGINGFACE_API_KEY
        new("SendGrid", ["sendgrid"], "https://app.sendgrid.com/settings/api_keys"),                                                                // SENDGRID_API_KEY
        new("Mailgun", ["mailgun"], "https://app.mailgun.com (API Security for API keys; Sending → Domain settings → SMTP credentials)"),          // MAILGUN_API_KEY
        new("Mailchimp", ["mailchimp", "mandrill"], "https://admin.mailchimp.com/account/api/ (Mandrill: mandrillapp.com → Settings → SMTP & API Info)"),
        new("Postmark", ["postmark"], "https://account.postmarkapp.com (your server → API Tokens)"),                                                 // POSTMARK_SERVER_TOKEN
        new("GitHub", ["github", "gh"], "https://github.com/settings/tokens (OAuth and GitHub apps: https://github.com/settings/developers)"),       // GITHUB_TOKEN, GitHub:ClientSecret
        new("Google", ["google", "gcp", "firebase"], "https://console.cloud.google.com/apis/credentials"),                                          // GOOGLE_CLIENT_SECRET, GOOGLE_APPLICATION_CREDENTIALS
        new("Microsoft Entra ID", ["microsoft", "azuread", "aad", "entra", "msal"], "Azure portal → Microsoft Entra ID → App registrations → your app → Certificates & secrets (https://entra.microsoft.com)"), // AzureAd:ClientSecret
        new("Azure", ["azure"], "Azure portal → the resource → Access keys / Keys (https://portal.azure.com)"),                                     // AZURE_STORAGE_KEY
        new("Apple", ["apple"], "https://developer.apple.com/account/resources/authkeys/list"),                                                     // APPLE_PRIVATE_KEY, Apple:ClientSecret
        new("X (Twitter)", ["twitter"], "https://developer.x.com/en/portal/dashboard (your app → Keys and tokens)"),                               // TWITTER_CONSUMER_SECRET
        new("Discord", ["discord"], "https://discord.com/developers/applications (your app → Bot → Token; OAuth2 → Client secret)"),              // DISCORD_BOT_TOKEN
        new("Slack", ["slack"], "https://api.slack.com/apps (your app → OAuth & Permissions / Basic Information)"),                                  // SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET
        new("PayPal", ["paypal"], "https://developer.paypal.com/dashboard/applications"),                                                           // PAYPAL_CLIENT_SECRET
        new("Braintree", ["braintree"], "Braintree Control Panel → Settings → API (https://www.braintreegateway.com/login)"),                       // BRAINTREE_PRIVATE_KEY
        new("AWS", ["aws", "amazon", "s3", "ses", "amazons3"], "AWS console → IAM → Users → Security credentials (https://console.aws.amazon.com/iam/)"), // AWS_SECRET_ACCESS_KEY, AmazonS3:SecretKey
        new("Cloudinary", ["cloudinary"], "https://console.cloudinary.com/settings/api-keys"),                                                      // CLOUDINARY_API_SECRET
        new("Algolia", ["algolia"], "https://dashboard.algolia.com/account/api-keys"),                                                             // ALGOLIA_ADMIN_KEY
        new("Sentry", ["sentry"], "Sentry → Project Settings → Client Keys (DSN); auth tokens at https://sentry.io/settings/account/api/auth-tokens/"), // SENTRY_DSN, SENTRY_AUTH_TOKEN
        new("Google reCAPTCHA", ["recaptcha"], "https://www.google.com/recaptcha/admin"),                                                          // RECAPTCHA_SECRET_KEY, RECAPTCHA_SITE_KEY
        new("npm", ["npm"], "https://www.npmjs.com/settings/~/tokens"),                                                                             // NPM_TOKEN
        new("NuGet", ["nuget"], "https://www.nuget.org/account/apikeys"),                                                                           // NUGET_API_KEY
        new("your mail provider (SMTP)", ["smtp", "imap", "pop3"], MailCredentials),                                                               // SMTP_PASSWORD, Smtp:Password, SMTP_API_KEY
        new("your mail provider", ["mail", "email"], MailCredentials, OnlyWith: ["password", "passwd", "pwd", "pass", "passphrase", "pw"]),       // MAIL_PASSWORD, EMAIL_PASSWORD (not EMAIL_CONFIRMATION_SECRET)
    ];

    /// <summary>For an OAuth client secret that names no provider.</summary>
    public static readonly Provider OAuthProvider =
        new("the identity provider", [], "the identity provider where the app is registered (its OAuth client / app registration page)");

    /// <summary>For an API key that names no provider and does not say it is the app's own.</summary>
    public static readonly Provider ApiKeyProvider =
        new("the service the key is for", [], "the dashboard or API-keys page of the service the key is for");

    /// <summary>
    /// Last words of a name that is an identifier a provider assigns (not secret, but not ours to invent
    /// either) when a provider is named: TWILIO_ACCOUNT_SID, GOOGLE_CLIENT_ID, SENTRY_DSN, RECAPTCHA_SITE_KEY.
    /// </summary>
    public static readonly string[] ProviderIdentifierWords = ["id", "ids", "sid", "dsn", "key", "keys"];

    /// <summary>Words that make an API key the app's own (it checks callers with it): INTERNAL_API_KEY, ADMIN_API_KEY.</summary>
    public static readonly string[] OwnApiKeyWords = ["internal", "app", "service", "admin", "master", "webhook", "webhooks", "own", "server", "backend"];

    /// <summary>Where an Ed25519 key announces itself: in its name, the template comment above it, or its example value.</summary>
    public static readonly string[] Ed25519Hints = ["ed25519", "eddsa"];

    /// <summary>The kind rules, first match wins (after the not-a-secret and provider steps).</summary>
    public static readonly KindRule[] Rules =
    [
        // OAuth client secrets are issued where the app is registered (Google, Entra ID, GitHub, Auth0, Keycloak…).
        new(KeyKind.ProviderIssued, NameTest.SegmentContains, ["clientsecret", "consumersecret"], "an OAuth client secret"),
        // A connection string is a server, a database and credentials together: nothing keygen can invent.
        new(KeyKind.ManualSecret, NameTest.SegmentContains, ["connectionstring"], "a connection string (server, database and credentials)"),
        // *_PRIVATE_KEY (or a signing/secret key) with an Ed25519/EdDSA hint (name, comment above, example): a fresh Ed25519 pair.
        new(KeyKind.Ed25519, NameTest.SegmentContains, ["privatekey", "signingkey", "secretkey", "signkey"], "an Ed25519 private key"),
        // Any other private key: RSA? EC? PEM or raw? Its consumer decides; keygen does not guess.
        new(KeyKind.ManualSecret, NameTest.SegmentContains, ["privatekey"], "a private key of an unknown algorithm (generate it with the tool its consumer expects, e.g. openssl genpkey)"),
        // API keys are issued by the API they open, unless the name says the key is our own (see OwnApiKeyWords).
        new(KeyKind.ProviderIssued, NameTest.SegmentContains, ["apikey"], "an API key issued by the service it is for"),
        // Passwords of services we run ourselves (database, broker, cache, admin user).
        new(KeyKind.Password, NameTest.NameWord, ["password", "passwd", "pwd", "pass", "passphrase", "pw"], "a password"),
        // Symmetric encryption: AES, ASP.NET data protection, ciphers.
        new(KeyKind.Encryption, NameTest.NameWord, ["encryption", "encrypt", "aes", "cipher", "crypt", "crypto", "dataprotection"], "an encryption key"),
        // Symmetric signing: JWT (HS256/HS512), HMAC, webhook/session/cookie signing.
        new(KeyKind.HmacSigning, NameTest.NameWord, ["jwt", "hmac", "signing", "signature", "sign", "session", "cookie"], "a signing key"),
        // Django / Flask SECRET_KEY, Rails SECRET_KEY_BASE: the framework's signing key (only at the top level).
        new(KeyKind.HmacSigning, NameTest.TopLevelSegmentIs, ["secretkey", "secretkeybase"], "the framework's signing key"),
    ];
}

/// <summary>What keygen decided about a key: its kind, why, and for provider-issued keys the provider.</summary>
public sealed record KeyKindResult(KeyKind Kind, string Why, Provider? Provider = null);

/// <summary>Applies <see cref="KeyKindData"/> to a key name.</summary>
public static class KeyKinds
{
    /// <param name="key">The key as declared: JWT_SECRET_KEY, Jwt:SigningKey, Jwt__SigningKey.</param>
    /// <param name="comment">The template's comment lines directly above the key, if any.</param>
    /// <param name="example">The template's example value, if any.</param>
    public static KeyKindResult Classify(string key, string? comment = null, string? example = null)
    {
        var configKey = KeyPath.FromEnvironmentName(key);
        var lastWords = KeyPath.NameWords(configKey);
        var secretNamed = KeyClassifier.IsSecretNamed(configKey);
        var identifier = lastWords.Count > 0 && KeyKindData.ProviderIdentifierWords.Contains(lastWords[^1]);

        if (secretNamed || identifier)
        {
            var allTerms = WithPairs(KeyPath.Segments(configKey).Where(s => !KeyPath.IsIndex(s)).SelectMany(KeyPath.Words).ToList());
            var provider = KeyKindData.Providers.FirstOrDefault(p => p.Terms.Any(allTerms.Contains) && (p.OnlyWith is null || p.OnlyWith.Any(allTerms.Contains)));
            if (provider is not null)
            {
                return new KeyKindResult(KeyKind.ProviderIssued, secretNamed ? $"a credential {provider.Name} issues" : $"an identifier {provider.Name} assigns", provider);
            }
        }

        if (!secretNamed)
        {
            return new KeyKindResult(KeyKind.NotASecret, "not a secret (a name, an address, a switch…)");
        }

        var segment = KeyPath.Compact(KeyPath.ParentSegment(configKey)) + KeyPath.Compact(KeyPath.LastNamedSegment(configKey));
        var nameWords = WithPairs(KeyPath.Words(KeyPath.ParentSegment(configKey)).Concat(lastWords).ToList());
        var hinted = KeyKindData.Ed25519Hints.Any(h =>
            KeyPath.Compact(configKey).Contains(h, StringComparison.Ordinal) ||
            (comment?.Contains(h, StringComparison.OrdinalIgnoreCase) ?? false) ||
            (example?.Contains(h, StringComparison.OrdinalIgnoreCase) ?? false));
        var topLevel = KeyPath.ParentSegment(configKey).Length == 0;

        foreach (var rule in KeyKindData.Rules)
        {
            var matches = rule.Test switch
            {
                NameTest.SegmentContains => rule.Terms.Any(t => segment.Contains(t, StringComparison.Ordinal)),
                NameTest.NameWord => rule.Terms.Any(nameWords.Contains),
                NameTest.TopLevelSegmentIs => topLevel && rule.Terms.Contains(KeyPath.Compact(KeyPath.LastNamedSegment(configKey))),
                _ => false,
            };
            if (!matches || (rule.Kind == KeyKind.Ed25519 && !hinted))
            {
                continue;
            }

            if (rule.Kind == KeyKind.ProviderIssued && rule.Terms.Contains("apikey"))
            {
                if (nameWords.Any(KeyKindData.OwnApiKeyWords.Contains))
                {
                    return new KeyKindResult(KeyKind.GenericSecret, "an API key the app itself checks");
                }

                return new KeyKindResult(KeyKind.ProviderIssued, rule.Why, KeyKindData.ApiKeyProvider);
            }

            return rule.Kind == KeyKind.ProviderIssued
                ? new KeyKindResult(rule.Kind, rule.Why, KeyKindData.OAuthProvider)
                : new KeyKindResult(rule.Kind, rule.Why);
        }

        // The engine judges some names as key material (MASTER_KEY, SECURITY_KEY) that no rule above claims:
        // they get signing-key material, which also meets BG1002's 32-byte key-material floor.
        if (SecretStrength.KindOf(configKey) == SecretKind.KeyMaterial)
        {
            return new KeyKindResult(KeyKind.HmacSigning, "key material for signing or key derivation");
        }

        return new KeyKindResult(KeyKind.GenericSecret, "a secret the app defines");
    }

    /// <summary>The words and every two adjacent words run together ("send", "grid" → also "sendgrid").</summary>
    private static HashSet<string> WithPairs(IReadOnlyList<string> words)
    {
        var result = new HashSet<string>(words, StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            result.Add(words[i] + words[i + 1]);
        }

        return result;
    }
}
