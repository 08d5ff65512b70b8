using BuildGuard.Knowledge;

namespace BuildGuard.Core.Tests;

public class KeyClassifierTests
{
    [Theory]
    [InlineData("Jwt:Key")]
    [InlineData("Jwt:SigningKey")]
    [InlineData("JWT_SECRET_KEY")]
    [InlineData("SECRET_KEY")]
    [InlineData("ConnectionStrings:Default")]
    [InlineData("globalSettings:sqlServer:connectionString")]
    [InlineData("Authentication:Google:ClientSecret")]
    [InlineData("SA_PASSWORD")]
    [InlineData("IDENTITY__ADMINPASSWORD")]
    [InlineData("IDENTITY__ADMINCLIENTSECRET")]
    [InlineData("RABBITMQ_DEFAULT_PASS")]
    [InlineData("DB_PWD")]
    [InlineData("sendGridApiKey")]
    [InlineData("API_KEY")]
    [InlineData("braintree:privateKey")]
    [InlineData("amazon:accessKeySecret")]
    [InlineData("bitPay:token")]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("STRIPE_KEY")]
    [InlineData("EncryptionKey")]
    [InlineData("Smtp:Password")]
    [InlineData("Storage:Credentials")]
    [InlineData("DEFAULT_PASSWORD")]
    [InlineData("Stripe:ApiKey")]
    [InlineData("SigningKey")]
    [InlineData("Jwt__Key")]
    public void Secret_names(string key) => Assert.True(KeyClassifier.IsSecretNamed(key), key);

    [Theory]
    [InlineData("KeyVaultName")]
    [InlineData("TokenLifetime")]
    [InlineData("TokenLifetimeMinutes")]
    [InlineData("PermanentTokenLifetimeDays")]
    [InlineData("PasswordMinLength")]
    [InlineData("ApiKeyHeaderName")]
    [InlineData("ClientId")]
    [InlineData("publicKey")]
    [InlineData("braintree:publicKey")]
    [InlineData("accessKeyId")]
    [InlineData("certificateThumbprint")]
    [InlineData("Jwt:Issuer")]
    [InlineData("Jwt:Audience")]
    [InlineData("DefaultPlanKey")]
    [InlineData("oidcResponseType")]
    [InlineData("Password:RequireDigit")]
    [InlineData("PasswordPolicy:RequiredLength")]
    [InlineData("SA_PASSWORD_FILE")]
    [InlineData("TokenEndpoint")]
    [InlineData("ApplicationInsights:InstrumentationKey")]
    [InlineData("Logging:LogLevel:Default")]
    [InlineData("AllowedHosts")]
    [InlineData("SecretName")]
    [InlineData("allowPasswordAuth")]
    [InlineData("Localization:Key")]
    [InlineData("Issuer")]
    [InlineData("Key")]
    public void Not_secret_names(string key) => Assert.False(KeyClassifier.IsSecretNamed(key), key);

    [Theory]
    [InlineData("DEBUG", true)]
    [InlineData("FLASK_DEBUG", true)]
    [InlineData("APP_DEBUG", true)]
    [InlineData("App:Debug", true)]
    [InlineData("Logging:Debug:LogLevel:Default", false)]
    [InlineData("DebugLevel", false)]
    public void Debug_switches(string key, bool expected) => Assert.Equal(expected, KeyClassifier.IsDebugSwitch(key));

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT", true)]
    [InlineData("DOTNET_ENVIRONMENT", true)]
    [InlineData("APP_ENV", true)]
    [InlineData("_APP_ENV", true)]
    [InlineData("ENVIRONMENT", true)]
    [InlineData("FASTAPI_ENV", true)]
    [InlineData("ASPNETCORE_URLS", false)]
    [InlineData("ENV_FILE", false)]
    [InlineData("EnvironmentVariables", false)]
    public void Environment_names(string key, bool expected) => Assert.Equal(expected, KeyClassifier.IsEnvironmentName(key));

    [Theory]
    [InlineData("CORS_ORIGINS", true)]
    [InlineData("BACKEND_CORS_ORIGINS", true)]
    [InlineData("Cors:AllowedOrigins:0", true)]
    [InlineData("Cors:Origins", true)]
    [InlineData("AllowedOrigins", true)]
    [InlineData("ALLOWED_ORIGINS", true)]
    [InlineData("AllowedHosts", false)]
    [InlineData("SSRF__WHITELISTEDHOSTS__0", false)]
    [InlineData("IpRateLimitOptions:GeneralRules:0:Endpoint", false)]
    [InlineData("OriginalFileName", false)]
    public void Cors_origin_lists(string key, bool expected) => Assert.Equal(expected, KeyClassifier.IsCorsOrigins(key));

    [Theory]
    [InlineData("CORS_ORIGIN_ALLOW_ALL", true)]
    [InlineData("Cors:AllowAnyOrigin", true)]
    [InlineData("CorsOptions:AllowAll", true)]
    [InlineData("CORS_ALLOW_ALL_HEADERS", false)]
    [InlineData("AllowAll", false)]
    [InlineData("Features:AllowAll", false)]
    public void Cors_allow_all_switches(string key, bool expected) => Assert.Equal(expected, KeyClassifier.IsCorsAllowAllSwitch(key));

    [Theory]
    [InlineData("PasswordMinLength", true)]
    [InlineData("KeyVaultName", true)]
    [InlineData("TokenLifetime", true)]
    [InlineData("TOKENLIFETIMEMINUTES", true)]
    [InlineData("ClientId", true)]
    [InlineData("ApiKeyHeaderName", true)]
    [InlineData("Issuer", true)]   // a whole name that is a non-secret word
    [InlineData("Audience", true)]
    [InlineData("Jwt:Issuer", true)]
    [InlineData("JWT_SECRET_KEY", false)]
    [InlineData("DEFAULT_PASSWORD", false)]
    [InlineData("adminclientsecret", false)]
    [InlineData("Key", false)]
    [InlineData("Secret", false)]
    [InlineData("", false)]
    public void Known_non_secret_names(string name, bool expected) => Assert.Equal(expected, KeyClassifier.IsKnownNonSecret(name));

    [Theory]
    [InlineData("Issuer")]
    [InlineData("Audience")]
    [InlineData("Salt")]
    [InlineData("Endpoint")]
    public void A_whole_non_secret_name_is_known_and_not_secret(string name)
    {
        Assert.True(KeyClassifier.IsKnownNonSecret(name), name);
        Assert.False(KeyClassifier.IsSecretNamed(name), name);
    }
}
