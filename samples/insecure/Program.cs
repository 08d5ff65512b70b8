// The INSECURE sample. Every BuildGuard finding here is deliberate; samples/secure is the same app done right.
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

var builder = WebApplication.CreateBuilder(args);

// Mistake (BG4002): any origin may call the API.
builder.Services.AddCors(options =>
    options.AddDefaultPolicy(policy => policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));

var app = builder.Build();
app.UseCors();

// Mistake (BG1004): a literal fallback secret when the configuration has none.
var signingKey = Encoding.UTF8.GetBytes(app.Configuration["Jwt:Key"] ?? "dev-secret");
var issuer = app.Configuration["Jwt:Issuer"] ?? "insecure-sample";
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

app.MapGet("/", () => "insecure sample: see README.md");

app.Run();
