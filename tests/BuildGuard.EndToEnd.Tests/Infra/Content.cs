using System.Security.Cryptography;

namespace BuildGuard.EndToEnd.Tests.Infra;

/// <summary>Files and values the scenarios share.</summary>
public static class Content
{
    /// <summary>The example: a placeholder JWT key. Its value token opens at line 3, column 12.</summary>
    public const string PlaceholderJwtSettings = """
        {
          "Jwt": {
            "Key": "your-jwt-secret-key"
          }
        }
        """;

    public const int PlaceholderLine = 3;
    public const int PlaceholderColumn = 12;
    public const string PlaceholderValue = "your-jwt-secret-key";

    /// <summary>A secure project's settings: the key is declared empty, to be supplied by the environment.</summary>
    public const string EmptyJwtSettings = """
        {
          "Logging": {
            "LogLevel": {
              "Default": "Information"
            }
          },
          "AllowedHosts": "*",
          "Jwt": {
            "Issuer": "https://login.example.com",
            "Key": ""
          }
        }
        """;

    /// <summary>A clean project's settings: nothing secret-named at all.</summary>
    public const string CleanSettings = """
        {
          "Logging": {
            "LogLevel": {
              "Default": "Information"
            }
          },
          "AllowedHosts": "*"
        }
        """;

    /// <summary>64 random base64 characters (48 bytes): a strong key, as CI would inject one.</summary>
    public static string StrongKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
