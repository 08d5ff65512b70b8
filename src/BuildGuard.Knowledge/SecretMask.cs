using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BuildGuard.Knowledge;

/// <summary>
/// The only way a value may appear in output. Placeholders (public knowledge) show their first four
/// characters and length; real secrets show only a short SHA-256 prefix, enough to tell two apart.
/// </summary>
public static class SecretMask
{
    public static string Placeholder(string value)
    {
        var trimmed = value.Trim();
        var head = trimmed.Length <= 4 ? trimmed[..Math.Min(1, trimmed.Length)] : trimmed[..4];
        return $"{head}…({trimmed.Length} chars)";
    }

    public static string Hash(string value)
    {
        using var sha256 = SHA256.Create();
        var digest = sha256.ComputeHash(Encoding.UTF8.GetBytes(value));
        return "sha256:" + string.Concat(digest.Take(4).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
