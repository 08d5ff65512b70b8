using System.Security.Cryptography;
using BuildGuard.Core.Knowledge;
using NSec.Cryptography;

namespace BuildGuard.Cli.Keygen;

/// <summary>A generated value and what it is. <see cref="PublicKey"/> is set for key pairs (public keys are not secret).</summary>
internal sealed record GeneratedKey(string Value, string Description, string? PublicKey = null);

/// <summary>
/// Makes key material with NSec (libsodium) and the operating system's CSPRNG; never <see cref="Random"/>.
/// Every value is printable ASCII that needs no quoting in a .env file or a shell:
/// base64 ([A-Za-z0-9+/=]), base64url ([A-Za-z0-9_-]) or the password alphabet.
/// </summary>
internal static class KeyGenerator
{
    /// <summary>URL- and shell-safe: no quoting needed in a URL, a connection string, a .env line or a shell word.</summary>
    public const string PasswordAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    public const int PasswordLength = 32;

    public const int GenericSecretBytes = 32;

    private static KeyCreationParameters Exportable => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };

    /// <summary>The AEAD algorithm encryption keys are made for: AES-256-GCM where the CPU has AES-NI, else XChaCha20-Poly1305.</summary>
    public static AeadAlgorithm EncryptionAlgorithm => Aes256Gcm.IsSupported ? AeadAlgorithm.Aes256Gcm : AeadAlgorithm.XChaCha20Poly1305;

    public static bool CanGenerate(KeyKind kind) =>
        kind is KeyKind.HmacSigning or KeyKind.Encryption or KeyKind.Password or KeyKind.Ed25519 or KeyKind.GenericSecret;

    /// <summary>What <see cref="Generate"/> makes for <paramref name="kind"/>, for "would generate" lines.</summary>
    public static string Describe(KeyKind kind) => kind switch
    {
        KeyKind.HmacSigning => $"HMAC-SHA-512 key, {MacAlgorithm.HmacSha512.KeySize} bytes",
        KeyKind.Encryption => $"{AeadName(EncryptionAlgorithm)} key, {EncryptionAlgorithm.KeySize} bytes",
        KeyKind.Password => $"password, {PasswordLength} characters",
        KeyKind.Ed25519 => "Ed25519 private key, 32 bytes",
        KeyKind.GenericSecret => $"random secret, {GenericSecretBytes} bytes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "keygen does not generate this kind"),
    };

    public static GeneratedKey Generate(KeyKind kind)
    {
        switch (kind)
        {
            case KeyKind.HmacSigning:
                return new GeneratedKey(Convert.ToBase64String(SymmetricKey(MacAlgorithm.HmacSha512)), Describe(kind));
            case KeyKind.Encryption:
                return new GeneratedKey(Convert.ToBase64String(SymmetricKey(EncryptionAlgorithm)), Describe(kind));
            case KeyKind.Password:
                return new GeneratedKey(Password(), Describe(kind));
            case KeyKind.Ed25519:
                using (var key = Key.Create(SignatureAlgorithm.Ed25519, Exportable))
                {
                    return new GeneratedKey(
                        Convert.ToBase64String(key.Export(KeyBlobFormat.RawPrivateKey)),
                        Describe(kind),
                        Convert.ToBase64String(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
                }

            case KeyKind.GenericSecret:
                return new GeneratedKey(Base64Url(RandomNumberGenerator.GetBytes(GenericSecretBytes)), Describe(kind));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "keygen does not generate this kind");
        }
    }

    /// <summary>The base64 raw public key of a base64 raw Ed25519 private key, or null when it is not one.</summary>
    public static string? Ed25519PublicKeyOf(string base64PrivateKey)
    {
        var bytes = new byte[64];
        if (!Convert.TryFromBase64String(base64PrivateKey.Trim(), bytes, out var length) || length != 32)
        {
            return null;
        }

        using var key = Key.Import(SignatureAlgorithm.Ed25519, bytes.AsSpan(0, length), KeyBlobFormat.RawPrivateKey);
        return Convert.ToBase64String(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>32 characters drawn uniformly (RandomNumberGenerator.GetInt32 rejects biased draws) from <see cref="PasswordAlphabet"/>.</summary>
    public static string Password() =>
        string.Create(PasswordLength, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = PasswordAlphabet[RandomNumberGenerator.GetInt32(PasswordAlphabet.Length)];
            }
        });

    private static byte[] SymmetricKey(Algorithm algorithm)
    {
        using var key = Key.Create(algorithm, Exportable);
        return key.Export(KeyBlobFormat.RawSymmetricKey);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string AeadName(AeadAlgorithm algorithm) => algorithm switch
    {
        Aes256Gcm => "AES-256-GCM",
        XChaCha20Poly1305 => "XChaCha20-Poly1305",
        _ => algorithm.GetType().Name,
    };
}
