// The SECURE sample: samples/insecure done right.
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

var builder = WebApplication.CreateBuilder(args);

// Explicit origins from configuration (Cors:AllowedOrigins); never "*".
var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
builder.Services.AddCors(options =>
    options.AddDefaultPolicy(policy => policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()));

var app = builder.Build();
app.UseCors();

// The signing key comes from user-secrets (Development) or the environment variable Jwt__Key. No fallback.
var signingKey = Encoding.UTF8.GetBytes(app.Configuration["Jwt:Key"]
    ?? throw new InvalidOperationException("Jwt:Key is not configured: set Jwt__Key or run `dotnet user-secrets set Jwt:Key <key>`."));
if (signingKey.Length < 32)
{
    throw new InvalidOperationException("Jwt:Key must hold at least 32 bytes for HS256.");
}

var issuer = app.Configuration["Jwt:Issuer"] ?? "secure-sample";
var lifetime = TimeSpan.FromMinutes(app.Configuration.GetValue("Jwt:TokenLifetimeMinutes", 60));

// A compact HS256 JWT, enough to show what the key is for.
app.MapPost("/token", (string user) =>
{
    static string Encode(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));

    var header = Encode(new { alg = "HS256", typ = "JWT" });
    var payload = Encode(new { sub = user, iss = issuer, exp = DateTimeOffset.UtcNow.Add(lifetime).ToUnixTimeSeconds() });
    var signature = HMACSHA256.HashData(signingKey, Encoding.ASCII.GetBytes($"{header}.{payload}"));
    return Results.Ok(new { token = $"{header}.{payload}.{Base64Url.EncodeToString(signature)}" });
});

app.MapGet("/", () => "secure sample: see README.md");

app.Run();
