using static BuildGuard.CodeRules.Tests.Source;

namespace BuildGuard.CodeRules.Tests;

public class PlaceholderFallbackRuleTests
{
    private const string Bg = "BG1004";

    // ---- ?? after a configuration / environment read ----

    [Fact]
    public void Coalesce_after_indexer_read_of_secret_key_fires_at_the_literal_with_a_masked_message()
    {
        const string code = """
            var builder = WebApplication.CreateBuilder(args);
            var key = builder.Configuration["Jwt:Key"] ?? "changeme";
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "\"changeme\"");
        Assert.Equal(
            "Jwt:Key falls back to a hard-coded literal (chan…(8 chars)); remove the fallback and fail fast when the key is missing",
            finding.Message);
        Assert.False(finding.AlwaysError);
        Assert.Equal("Program.cs", finding.FilePath);
        Assert.Equal(finding.Line, finding.EndLine);
        Assert.Equal(finding.Column + "\"changeme\"".Length, finding.EndColumn);
    }

    [Theory]
    [InlineData("""var k = configuration["Jwt:Key"] ?? "dev-secret";""", "Jwt:Key")]
    [InlineData("""var k = _config["Smtp:Password"] ?? "admin123";""", "Smtp:Password")]
    [InlineData("""var k = config.GetSection("Jwt:Key").Value ?? "dev-secret";""", "Jwt:Key")]
    [InlineData("""var k = config.GetSection("Jwt")["Key"] ?? "dev-secret";""", "Jwt:Key")]
    [InlineData("""var k = config.GetRequiredSection("Auth").GetSection("Jwt")["SigningKey"] ?? "dev-secret";""", "Auth:Jwt:SigningKey")]
    [InlineData("""var k = Environment.GetEnvironmentVariable("JWT_SECRET_KEY") ?? "changeme";""", "JWT_SECRET_KEY")]
    [InlineData("""var k = System.Environment.GetEnvironmentVariable("DB_PASSWORD")?.Trim() ?? "postgres";""", "DB_PASSWORD")]
    [InlineData("""var k = configuration.GetValue<string>("Stripe:ApiKey") ?? "sk_test_123";""", "Stripe:ApiKey")]
    [InlineData("""var k = config.GetSection("Jwt").Get<JwtOptions>()?.Key ?? "dev-secret";""", "Jwt:Key")]
    [InlineData("""var k = (string?)builder.Configuration["Tokens:GitHubToken"]! ?? "ghp_placeholder";""", "Tokens:GitHubToken")]
    [InlineData("""var k = configuration["Jwt:Key"] ?? configuration["Jwt:LegacyKey"] ?? "dev-secret";""", "Jwt:LegacyKey")]
    public void Coalesce_after_secret_read_fires(string statement, string key)
    {
        var finding = Single(statement, Bg);
        Assert.StartsWith(key + " falls back to a hard-coded literal", finding.Message);
    }

    [Fact]
    public void Coalesce_through_a_local_and_coalesce_assignment_fire()
    {
        const string code = """
            string? jwtKey = builder.Configuration["Jwt:Key"];
            var a = jwtKey ?? "temporary-key";
            jwtKey ??= "another-key";
            """;
        var findings = Run(code, Bg);
        Assert.Equal(2, findings.Count);
        AssertAt(findings[0], code, "\"temporary-key\"");
        AssertAt(findings[1], code, "\"another-key\"");
    }

    [Fact]
    public void Connection_string_with_a_password_fires_without_showing_it()
    {
        const string code = """var cs = builder.Configuration.GetConnectionString("Default") ?? "Server=db;Database=app;User Id=sa;Password=Sup3rS3cret!";""";
        var finding = Single(code, Bg);
        Assert.StartsWith("ConnectionStrings:Default falls back to a hard-coded literal (a connection string with a 12-char password)", finding.Message);
        Assert.DoesNotContain("Sup3r", finding.Message);
    }

    [Theory]
    [InlineData("""var k = config["Jwt:Key"] ?? @"changeme";""")]
    [InlineData("var k = config[\"Jwt:Key\"] ?? \"\"\"changeme\"\"\";")]
    [InlineData("var k = config[\"Jwt:Key\"] ?? \"\"\"\n    multi-line-raw-secret\n    \"\"\";")]
    public void Verbatim_and_raw_literal_fallbacks_fire(string code)
    {
        var finding = Single(code, Bg);
        Assert.DoesNotContain("changeme", finding.Message);
        Assert.DoesNotContain("multi-line-raw-secret", finding.Message);
    }

    [Theory]
    [InlineData("""var k = config["Jwt:Key"] ?? "";""")]                                        // empty: nothing to leak
    [InlineData("""var k = config["Jwt:Key"] ?? "   ";""")]                                     // whitespace
    [InlineData("""var k = config["Jwt:Key"] ?? string.Empty;""")]                               // not a literal
    [InlineData("""var k = config.GetConnectionString("Redis") ?? "localhost";""")]             // a host name
    [InlineData("""var k = config.GetConnectionString("Redis") ?? "localhost:6379";""")]        // host and port
    [InlineData("""var k = config.GetConnectionString("Db") ?? "Data Source=app.db";""")]      // no password in it
    [InlineData("""var k = config.GetConnectionString("Db") ?? "Server=(localdb)\\mssqllocaldb;Database=App;Trusted_Connection=True";""")]
    [InlineData("""var k = config.GetConnectionString("Bus") ?? "amqp://localhost:5672";""")]  // a URL without credentials
    [InlineData("""var k = config["Jwt:Key"] ?? $"{prefix}-key";""")]                           // interpolated: not a literal
    [InlineData("""var k = config["Jwt:Key"] ?? $"changeme";""")]                               // interpolated, even without holes
    [InlineData("""var k = config["Jwt:Key"] ?? "${JWT_KEY}";""")]                              // a reference resolved later
    [InlineData("""var k = config["Jwt:Key"] ?? throw new InvalidOperationException("Set Jwt:Key");""")]
    [InlineData("""var k = config["Jwt:Issuer"] ?? "https://localhost:5001";""")]               // Issuer is not a secret
    [InlineData("""var k = config["Jwt:Issuer"] ?? "my-issuer";""")]
    [InlineData("""var k = config["Jwt:Audience"] ?? "api";""")]
    [InlineData("""var k = config["ApiKeyHeaderName"] ?? "X-Api-Key";""")]                      // a header name
    [InlineData("""var k = config["KeyVaultName"] ?? "kv-prod";""")]
    [InlineData("""var k = config["Jwt:TokenLifetime"] ?? "00:30:00";""")]
    [InlineData("""var k = config["Logging:LogLevel:Default"] ?? "Information";""")]
    [InlineData("""var k = request.Headers["X-Api-Key"] ?? "anonymous";""")]                    // not configuration
    [InlineData("""var k = dictionary["Password"] ?? "changeme";""")]                            // not configuration
    [InlineData("""var k = user.Password ?? "changeme";""")]                                     // not a configuration read
    public void Not_a_secret_fallback(string code) => None(code, Bg);

    // ---- GetValue default argument ----

    [Theory]
    [InlineData("""var k = config.GetValue("Jwt:Key", "dev-secret");""", "\"dev-secret\"")]
    [InlineData("""var k = builder.Configuration.GetValue<string>("Jwt:Key", "dev-secret");""", "\"dev-secret\"")]
    [InlineData("""var k = config.GetValue<string>(defaultValue: "dev-secret", key: "Smtp:Password");""", "\"dev-secret\"")]
    [InlineData("""var k = config.GetSection("Jwt").GetValue<string>("Key", "dev-secret");""", "\"dev-secret\"")]
    public void GetValue_default_for_secret_key_fires(string code, string literal)
    {
        var finding = Single(code, Bg);
        AssertAt(finding, code, literal);
        Assert.DoesNotContain("dev-secret", finding.Message);
    }

    [Theory]
    [InlineData("""var k = config.GetValue("Jwt:TokenLifetimeMinutes", 60);""")]
    [InlineData("""var k = config.GetValue<string>("Logging:LogLevel:Default", "Debug");""")]
    [InlineData("""var k = config.GetValue<string>("Jwt:Key", "");""")]
    [InlineData("""var k = config.GetValue<string>("Jwt:Key");""")]
    [InlineData("""var k = config.GetValue<string>("Jwt:Issuer", "buildguard");""")]
    [InlineData("""var k = config.GetValue<string>("Jwt:Key", defaults.Key);""")]
    public void GetValue_not_a_secret_default(string code) => None(code, Bg);

    // ---- conditional shapes ----

    [Theory]
    [InlineData("string.IsNullOrEmpty(key) ? \"changeme\" : key")]
    [InlineData("String.IsNullOrWhiteSpace(key) ? \"changeme\" : key")]
    [InlineData("!string.IsNullOrEmpty(key) ? key : \"changeme\"")]
    [InlineData("key == null ? \"changeme\" : key")]
    [InlineData("null != key ? key : \"changeme\"")]
    [InlineData("key is null ? \"changeme\" : key")]
    [InlineData("key is not null ? key : \"changeme\"")]
    [InlineData("key.Length == 0 ? \"changeme\" : key")]
    [InlineData("string.IsNullOrEmpty(config[\"Jwt:Key\"]) ? \"changeme\" : config[\"Jwt:Key\"]")]
    public void Null_or_empty_conditional_fallback_fires(string expression)
    {
        var code = $$"""
            var key = builder.Configuration["Jwt:Key"];
            var signing = {{expression}};
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "\"changeme\"");
    }

    [Theory]
    [InlineData("string.IsNullOrEmpty(key) ? \"not set\" : \"set\"")] // a status text, not a fallback
    [InlineData("string.IsNullOrEmpty(key) ? \"\" : key")]
    [InlineData("string.IsNullOrEmpty(issuer) ? \"my-issuer\" : issuer")]
    public void Conditional_that_is_not_a_secret_fallback(string expression)
    {
        var code = $$"""
            var key = builder.Configuration["Jwt:Key"];
            var issuer = builder.Configuration["Jwt:Issuer"];
            var text = {{expression}};
            """;
        None(code, Bg);
    }

    // ---- comments, strings, inactive #if blocks ----

    [Fact]
    public void Secret_looking_code_in_comments_and_strings_is_not_a_finding()
    {
        const string code = """"
            // var key = config["Jwt:Key"] ?? "changeme";
            /* var key = config["Jwt:Key"] ?? "changeme"; */
            /// <summary>config["Jwt:Key"] ?? "changeme"</summary>
            var help = "config[\"Jwt:Key\"] ?? \"changeme\"";
            var raw = """config["Jwt:Key"] ?? "changeme" """;
            var interpolated = $"{config["Jwt:Key"] ?? string.Empty} uses new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"x\"))";
            """";
        None(code, Bg);
    }

    [Fact]
    public void Fallback_inside_inactive_if_DEBUG_is_not_a_finding()
    {
        const string code = """
            var builder = WebApplication.CreateBuilder(args);
            #if DEBUG
            var devKey = builder.Configuration["Jwt:Key"] ?? "dev-only-key";
            #endif
            """;
        None(code, Bg);
        Assert.Single(RunDebug(code, Bg)); // the same code in a Debug parse is a finding: the negative is not vacuous
    }

    // ---- literal passwords ----

    [Theory]
    [InlineData("""await userManager.CreateAsync(user, "Pass@word1");""", "CreateAsync")]
    [InlineData("""await _userManager.CreateAsync(new ApplicationUser { UserName = "admin" }, "Pass@word1");""", "CreateAsync")]
    [InlineData("""await manager.AddPasswordAsync(admin, "Pass@word1");""", "AddPasswordAsync")]
    [InlineData("""await userManager.ResetPasswordAsync(user, token, "Pass@word1");""", "ResetPasswordAsync")]
    [InlineData("""user.PasswordHash = hasher.HashPassword(user, "Pass@word1");""", "HashPassword")]
    [InlineData("""user.PasswordHash = new PasswordHasher<IdentityUser>().HashPassword(user, "Pass@word1");""", "HashPassword")]
    [InlineData("""var hash = BCrypt.Net.BCrypt.HashPassword("Pass@word1");""", "HashPassword")]
    [InlineData("""var derived = Rfc2898DeriveBytes.Pbkdf2("Pass@word1", salt, 100000, HashAlgorithmName.SHA256, 32);""", "Pbkdf2")]
    [InlineData("""var credential = new NetworkCredential("mailer", "Pass@word1");""", "new NetworkCredential")]
    [InlineData("""var cert = new X509Certificate2("site.pfx", "Pass@word1");""", "new X509Certificate2")]
    public void Literal_password_fires(string code, string consumer)
    {
        var finding = Single(code, Bg);
        AssertAt(finding, code, "\"Pass@word1\"");
        Assert.StartsWith(consumer + " is given a hard-coded password (10 chars)", finding.Message);
        Assert.DoesNotContain("Pass@word1", finding.Message);
    }

    [Fact]
    public void Literal_password_through_a_local_fires_at_the_local_literal()
    {
        const string code = """
            var seedPassword = "Admin123!";
            await userManager.CreateAsync(admin, seedPassword);
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "\"Admin123!\"");
        Assert.StartsWith("seedPassword holds a hard-coded password (Admi…(9 chars)) passed to CreateAsync", finding.Message);
    }

    [Theory]
    [InlineData("""await userManager.CreateAsync(user, password);""")]                        // a parameter
    [InlineData("""await userManager.CreateAsync(user, config["Seed:AdminPassword"]!);""")]    // configuration
    [InlineData("""await roleManager.CreateAsync(new IdentityRole("Admin"));""")]             // one argument
    [InlineData("""await container.CreateAsync(name, "description text");""")]               // not a user
    [InlineData("""await blobClient.CreateAsync(PublicAccessType.None, "metadata");""")]
    [InlineData("""await userManager.CreateAsync(user, "");""")]
    [InlineData("""await _productManager.CreateAsync("ABP04918", "Lego Star Wars Millennium Falcon", 999, 42, "lego.jpg");""")] // a domain service
    [InlineData("""await _productManager.CreateAsync(product, "Lego Star Wars Millennium Falcon");""")]
    public void Not_a_literal_password(string code) => None(code, Bg);

    // ---- literal key material ----

    [Theory]
    [InlineData("""var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("my-very-long-signing-key-0123456789"));""", "\"my-very-long-signing-key-0123456789\"")]
    [InlineData("""var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.ASCII.GetBytes("my-very-long-signing-key-0123456789"));""", "\"my-very-long-signing-key-0123456789\"")]
    [InlineData("""var key = new SymmetricSecurityKey(Convert.FromBase64String("c2VjcmV0LWtleS1ieXRlcy0wMTIzNDU2Nzg5MDEy"));""", "\"c2VjcmV0LWtleS1ieXRlcy0wMTIzNDU2Nzg5MDEy\"")]
    [InlineData("""var key = new SymmetricSecurityKey("my-very-long-signing-key-0123456789"u8.ToArray());""", "\"my-very-long-signing-key-0123456789\"u8")]
    [InlineData("""using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("my-very-long-signing-key-0123456789"));""", "\"my-very-long-signing-key-0123456789\"")]
    [InlineData("""var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes("my-very-long-signing-key-0123456789"), data);""", "\"my-very-long-signing-key-0123456789\"")]
    [InlineData("""SymmetricSecurityKey key = new(Encoding.UTF8.GetBytes("my-very-long-signing-key-0123456789"));""", "\"my-very-long-signing-key-0123456789\"")]
    [InlineData("""options.TokenValidationParameters = new() { IssuerSigningKey = new(Encoding.UTF8.GetBytes("my-very-long-signing-key-0123456789")) };""", "\"my-very-long-signing-key-0123456789\"")]
    public void Literal_key_material_fires(string code, string literal)
    {
        var finding = Single(code, Bg);
        AssertAt(finding, code, literal);
        Assert.Contains("is built from a hard-coded key", finding.Message);
        Assert.DoesNotContain("my-very-long", finding.Message);
        Assert.DoesNotContain("c2VjcmV0", finding.Message);
    }

    [Fact]
    public void Key_bytes_through_locals_fire()
    {
        const string code = """
            var secret = "my-very-long-signing-key-0123456789";
            var bytes = Encoding.UTF8.GetBytes(secret);
            var key = new SymmetricSecurityKey(bytes);
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "\"my-very-long-signing-key-0123456789\"");
        Assert.StartsWith("secret holds a hard-coded key (my-v…(35 chars)) used by SymmetricSecurityKey", finding.Message);
    }

    [Theory]
    [InlineData("""var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!));""")]
    [InlineData("""var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtOptions.Key));""")]
    [InlineData("""var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));""")]
    [InlineData("""var bytes = Encoding.UTF8.GetBytes("hello world"); Console.WriteLine(bytes.Length);""")]
    public void Key_from_configuration_or_not_a_key_is_not_a_finding(string code) => None(code, Bg);

    // ---- constants used as keys / passwords ----

    [Fact]
    public void EShopOnWeb_style_constant_used_as_signing_key_in_the_same_file_fires_at_the_constant()
    {
        const string code = """
            public class AuthorizationConstants
            {
                public const string AUTH_KEY = "AuthKeyOfDoomThatMustBeAMinimumNumberOfBytes";
                public const string DEFAULT_PASSWORD = "Pass@word1";
                public const string JWT_SECRET_KEY = "SecretKeyOfDoomThatMustBeAMinimumNumberOfBytes";
            }

            public static class JwtSetup
            {
                public static void Configure(JwtBearerOptions config)
                {
                    var key = Encoding.ASCII.GetBytes(AuthorizationConstants.JWT_SECRET_KEY);
                    config.TokenValidationParameters = new TokenValidationParameters
                    {
                        IssuerSigningKey = new SymmetricSecurityKey(key),
                    };
                }
            }
            """;
        var finding = Single(code, Bg); // AUTH_KEY and DEFAULT_PASSWORD are not used here
        AssertAt(finding, code, "\"SecretKeyOfDoomThatMustBeAMinimumNumberOfBytes\"");
        Assert.Equal(
            // A sentence about the key typed where the key goes is a placeholder (as in configuration): its head may show.
            "JWT_SECRET_KEY holds a hard-coded key (Secr…(46 chars)) used by SymmetricSecurityKey; read the key from configuration (user-secrets, environment) and fail fast when it is missing",
            finding.Message);
    }

    [Fact]
    public void Static_readonly_password_used_by_CreateAsync_and_a_constant_fallback_fire()
    {
        const string code = """
            class Seed
            {
                private static readonly string DefaultPassword = "Pass@word1";
                private const string DevKey = "dev-signing-key";
                private const int PasswordMinLength = 12;
                private const string ClientId = "web-client";
                private const string Issuer = "https://buildguard.example";

                async Task Run(UserManager<User> userManager, IConfiguration config)
                {
                    await userManager.CreateAsync(new User(), DefaultPassword);
                    var key = config["Jwt:Key"] ?? DevKey;
                    var id = config["Auth:ClientSecret"] ?? ClientId;
                }
            }
            """;
        var findings = Run(code, Bg);
        Assert.Equal(2, findings.Count);
        AssertAt(findings[0], code, "\"Pass@word1\"");
        Assert.StartsWith("DefaultPassword holds a hard-coded password (10 chars) passed to CreateAsync", findings[0].Message);
        AssertAt(findings[1], code, "\"dev-signing-key\"");
        Assert.StartsWith("DevKey holds a hard-coded literal (dev-…(15 chars)) used as the fallback for Jwt:Key", findings[1].Message);
    }

    [Fact]
    public void Constant_declared_in_one_file_and_used_in_another_fires_with_a_project_context()
    {
        const string constants = """
            namespace App;
            public class AuthorizationConstants
            {
                public const string JWT_SECRET_KEY = "SecretKeyOfDoomThatMustBeAMinimumNumberOfBytes";
                public const string DEFAULT_PASSWORD = "Pass@word1";
            }
            """;
        const string program = """
            var key = Encoding.ASCII.GetBytes(AuthorizationConstants.JWT_SECRET_KEY);
            builder.Services.AddAuthentication().AddJwtBearer(o => o.TokenValidationParameters = new() { IssuerSigningKey = new SymmetricSecurityKey(key) });
            await userManager.CreateAsync(admin, AuthorizationConstants.DEFAULT_PASSWORD);
            """;
        var constantsTree = Parse(constants, "AuthorizationConstants.cs");
        var programTree = Parse(program, "Program.cs");

        Assert.Empty(CodeRuleRunner.Analyze(constantsTree)); // alone, the file shows no use of the constants

        var context = CodeRuleContext.Create(new[] { constantsTree, programTree });
        var findings = CodeRuleRunner.Analyze(constantsTree, context);
        Assert.Equal(new[] { 4, 5 }, findings.Select(f => f.Line));
        Assert.All(findings, f => Assert.Equal("AuthorizationConstants.cs", f.FilePath));
        Assert.Contains("used by SymmetricSecurityKey", findings[0].Message);
        Assert.Contains("passed to CreateAsync", findings[1].Message);
        Assert.Empty(CodeRuleRunner.Analyze(programTree, context));
    }

    [Fact]
    public void Constant_of_another_type_with_the_same_name_is_not_matched()
    {
        const string code = """
            class AuthorizationConstants { public const string JWT_SECRET_KEY = "SecretKeyOfDoomThatMustBeAMinimumNumberOfBytes"; }
            class Other { void M() { var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(LegacyConstants.JWT_SECRET_KEY)); } }
            """;
        None(code, Bg);
    }

    [Fact]
    public void Unused_or_non_secret_constants_are_not_findings()
    {
        const string code = """
            class Constants
            {
                public const string AUTH_KEY = "AuthKeyOfDoomThatMustBeAMinimumNumberOfBytes"; // never used as a key here
                public const string KeyVaultName = "kv-prod";
                public const string TokenLifetime = "00:30:00";
                public const string PasswordMinLength = "12";
                public static string ApiKey = "not-readonly-so-not-a-constant-0123456789";
                void M() => Console.WriteLine(AUTH_KEY + KeyVaultName);
            }
            """;
        None(code, Bg);
    }

    [Fact]
    public void Certificate_passphrase_on_the_production_path_fires()
    {
        const string code = """
            if (!hostingEnvironment.IsDevelopment())
            {
                PreConfigure<OpenIddictServerBuilder>(serverBuilder =>
                {
                    serverBuilder.AddProductionEncryptionAndSigningCertificate("openiddict.pfx", "7beeb88f-ee8f-49cc-a972-9929a4260f50");
                });
            }
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "\"7beeb88f");
        Assert.DoesNotContain("7beeb88f", finding.Message);
    }
}
