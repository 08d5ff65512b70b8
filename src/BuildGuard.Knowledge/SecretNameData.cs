namespace BuildGuard.Knowledge;

/// <summary>
/// What makes a configuration key name a credential. Matching works on the key's last named segment,
/// lower-cased with separators removed ("JWT_SECRET_KEY" → "jwtsecretkey"), so one entry covers
/// snake_case, camelCase and SHOUTING spellings alike.
/// </summary>
internal static class SecretNameData
{
    /// <summary>A segment containing one of these names a credential (unless a non-secret suffix follows).</summary>
    public static readonly string[] CredentialTerms =
    [
        "password",          // DB_PASSWORD, AdminPassword, SA_PASSWORD
        "passwd",            // unix spelling: MYSQL_PASSWD
        "passphrase",        // key passphrases
        "secret",            // ClientSecret, SECRET_KEY, accessKeySecret
        "token",             // access/refresh/bot tokens: GITHUB_TOKEN, bitPay:token
        "apikey",            // ApiKey, API_KEY, sendGridApiKey
        "privatekey",        // braintree:privateKey, *_PRIVATE_KEY
        "connectionstring",  // connection strings routinely embed Password=
        "credential",        // Credentials, GOOGLE_APPLICATION_CREDENTIALS
        "signingkey",        // Jwt:SigningKey
        "encryptionkey",     // EncryptionKey, ENCRYPTION_KEY
    ];

    /// <summary>Short credential words that only count as a whole word ("pwd" in "DB_PWD", not inside another word).</summary>
    public static readonly string[] CredentialWords =
    [
        "pwd",   // connection-string style: DB_PWD
        "pass",  // RABBITMQ_DEFAULT_PASS, SMTP_PASS
        "pw",    // DB_PW
    ];

    /// <summary>
    /// A segment ending in one of these describes a credential without being one: its name, id,
    /// lifetime, policy or location. Checked before <see cref="CredentialTerms"/>.
    /// </summary>
    public static readonly string[] NonSecretSuffixes =
    [
        "name", "names",            // KeyVaultName, ApiKeyHeaderName, SecretName (a vault reference)
        "limit", "limits", "period", "quota", "rate", "capacity", "threshold", "window", "permits", // rate limiters: TokenLimit, TokensPerPeriod
        "retries", "attempts", "delay", "buffer", // PasswordRetries, TokenRefreshDelay
        "table", "schema", "collection", "flags", // EF/Identity table names: IdentityUserTokensTable, token flags
        "id", "ids",                // ClientId, accessKeyId, SecretId
        "lifetime", "lifespan",     // TokenLifetime, TokenLifetimeMinutes handled by the time units below
        "minutes", "hours", "days", "seconds", "ms", "milliseconds", // PermanentTokenLifetimeDays
        "timeout", "expiry", "expiration", "expires", "ttl", "duration", "interval", "age",
        "length", "minlength", "maxlength", "size", "count", "min", "max", // PasswordMinLength
        "url", "uri", "urls", "endpoint", "host", "hostname", "port", "address", "domain", "path", "file", "dir", "directory", "folder", // TokenEndpoint, SA_PASSWORD_FILE
        "header", "headers", "cookie", "parameter", "parameters", "param", "field", "claim", "claims", "query", // ApiKeyHeaderName
        "type", "types", "kind", "format", "algorithm", "alg", "scheme", "mode", "style", "version", // oidcResponseType, TokenType
        "enabled", "disabled", "enable", "required", "allowed", "flag", "auth", // allowPasswordAuth, RequireDigit
        "policy", "policies", "options", "settings", "provider", "providers", "store", "source", "location", "region",
        "issuer", "audience", "audiences", "scope", "scopes", "thumbprint", "fingerprint", "subject", // certificateThumbprint
        "prefix", "suffix", "hint", "label", "description", "title", "pattern", "regex", "validation", "validator",
        "hash", "hashalgorithm", "salt", "iterations", "rounds", "strength", "complexity", "reset", "generator",
        "digit", "digits", "uppercase", "lowercase", "nonalphanumeric", "uniquechars", "requiredlength", // Password:RequireDigit etc.
    ];

    /// <summary>
    /// A name ending in "key" is a credential (StripeKey, Jwt:Key, WEBHOOK_KEY) unless the word before
    /// "key" says it is an identifier or public material.
    /// </summary>
    public static readonly string[] NonSecretKeyQualifiers =
    [
        "public", "publishable",          // publicKey, Stripe publishable key: published by design
        "site",                           // reCAPTCHA site key: embedded in pages
        "instrumentation",                // Application Insights InstrumentationKey: an identifier
        "plan", "product", "feature", "license", "tenant", "customer", "user", "entity", "resource", // DefaultPlanKey: identifiers of things
        "partition", "sort", "row", "range", "hash", "primary", "foreign", "unique", "composite", "index", "lookup", // data-model keys
        "cache", "idempotency", "routing", "message", "translation", "localization", "resourcekey", "setting", "config",
        "object", "bucketobject", "queue", "topic", "group", "hot", "short", "shortcut", "registry", "dictionary", "map",
    ];

    /// <summary>A bare "Key" segment is a credential when its parent section is about crypto or API access (Jwt:Key).</summary>
    public static readonly string[] KeyOwnerSections =
    [
        "jwt", "jwtbearer", "jwtsettings", "jwtoptions", "token", "tokens", "tokenoptions", "auth", "authentication",
        "signing", "encryption", "crypto", "cryptography", "security", "hmac", "aes", "api", "apikey", "secret", "secrets",
        "dataprotection", "cipher", "webhook", "webhooks", "license",
    ];
}
