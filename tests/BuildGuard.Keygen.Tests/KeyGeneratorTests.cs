using BuildGuard.Cli.Keygen;
using BuildGuard.Core.Knowledge;
using NSec.Cryptography;

namespace BuildGuard.Keygen.Tests;

public class KeyGeneratorTests
{
    [Fact]
    public void Hmac_keys_are_64_random_bytes_in_base64()
    {
        var key = KeyGenerator.Generate(KeyKind.HmacSigning);

        Assert.Equal(64, Convert.FromBase64String(key.Value).Length);
        Assert.Equal("HMAC-SHA-512 key, 64 bytes", key.Description);
        Assert.Null(key.PublicKey);
        // Usable as NSec HMAC-SHA-512 key material.
        using var imported = Key.Import(MacAlgorithm.HmacSha512, Convert.FromBase64String(key.Value), KeyBlobFormat.RawSymmetricKey);
        var mac = MacAlgorithm.HmacSha512.Mac(imported, "data"u8);
        Assert.True(MacAlgorithm.HmacSha512.Verify(imported, "data"u8, mac));
    }

    [Fact]
    public void Encryption_keys_are_32_byte_aead_keys_in_base64()
    {
        var key = KeyGenerator.Generate(KeyKind.Encryption);
        var bytes = Convert.FromBase64String(key.Value);

        Assert.Equal(32, bytes.Length);
        var algorithm = KeyGenerator.EncryptionAlgorithm;
        using var imported = Key.Import(algorithm, bytes, KeyBlobFormat.RawSymmetricKey);
        var nonce = new byte[algorithm.NonceSize];
        var ciphertext = algorithm.Encrypt(imported, nonce, [], "plain"u8);
        Assert.Equal("plain"u8.ToArray(), algorithm.Decrypt(imported, nonce, [], ciphertext));
        Assert.Contains("32 bytes", key.Description);
    }

    [Fact]
    public void Passwords_are_32_characters_from_the_url_and_shell_safe_alphabet()
    {
        var seen = new HashSet<char>();
        for (var i = 0; i < 50; i++)
        {
            var password = KeyGenerator.Generate(KeyKind.Password).Value;
            Assert.Equal(32, password.Length);
            Assert.All(password, c => Assert.Contains(c, KeyGenerator.PasswordAlphabet));
            seen.UnionWith(password);
        }

        Assert.Equal(64, KeyGenerator.PasswordAlphabet.Distinct().Count());
        Assert.True(seen.Count > 55, "50 passwords should use nearly the whole alphabet");
        Assert.Equal(KeyGenerator.PasswordAlphabet, Uri.EscapeDataString(KeyGenerator.PasswordAlphabet));
    }

    [Fact]
    public void Generic_secrets_are_32_random_bytes_in_base64url()
    {
        var value = KeyGenerator.Generate(KeyKind.GenericSecret).Value;

        Assert.Equal(43, value.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", value);
        Assert.Equal(32, Convert.FromBase64String(value.Replace('-', '+').Replace('_', '/') + "=").Length);
    }

    [Fact]
    public void Ed25519_pairs_sign_and_verify()
    {
        var key = KeyGenerator.Generate(KeyKind.Ed25519);

        Assert.NotNull(key.PublicKey);
        var privateBytes = Convert.FromBase64String(key.Value);
        var publicBytes = Convert.FromBase64String(key.PublicKey!);
        Assert.Equal(32, privateBytes.Length);
        Assert.Equal(32, publicBytes.Length);
        using var privateKey = Key.Import(SignatureAlgorithm.Ed25519, privateBytes, KeyBlobFormat.RawPrivateKey);
        var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, publicBytes, KeyBlobFormat.RawPublicKey);
        var signature = SignatureAlgorithm.Ed25519.Sign(privateKey, "message"u8);
        Assert.True(SignatureAlgorithm.Ed25519.Verify(publicKey, "message"u8, signature));
        Assert.False(SignatureAlgorithm.Ed25519.Verify(publicKey, "other"u8, signature));
    }

    [Theory]
    [InlineData(KeyKind.HmacSigning)]
    [InlineData(KeyKind.Encryption)]
    [InlineData(KeyKind.Password)]
    [InlineData(KeyKind.Ed25519)]
    [InlineData(KeyKind.GenericSecret)]
    public void Values_never_repeat(KeyKind kind)
    {
        var values = Enumerable.Range(0, 20).Select(_ => KeyGenerator.Generate(kind).Value).ToList();

        Assert.Equal(values.Count, values.Distinct().Count());
    }

    [Theory]
    [InlineData(KeyKind.ProviderIssued)]
    [InlineData(KeyKind.NotASecret)]
    [InlineData(KeyKind.ManualSecret)]
    public void Kinds_keygen_must_not_invent_are_refused(KeyKind kind)
    {
        Assert.False(KeyGenerator.CanGenerate(kind));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyGenerator.Generate(kind));
    }
}

/// <summary>What keygen generates for a name, the engine judges strong for that name (almost always at the first draw).</summary>
public class GeneratedValuesPassTheEngineTests
{
    [Theory]
    [InlineData("JWT_SECRET")]
    [InlineData("Jwt:Key")]
    [InlineData("MASTER_KEY")]
    [InlineData("SECURITY_KEY")]
    [InlineData("ENCRYPTION_KEY")]
    [InlineData("DB_PASSWORD")]
    [InlineData("WEBHOOK_SECRET")]
    [InlineData("INTERNAL_API_KEY")]
    [InlineData("SIGNING_PRIVATE_KEY_ED25519")]
    public void At_least_99_percent_of_draws_are_strong(string name)
    {
        var kind = KeyKinds.Classify(name).Kind;
        var weak = 0;
        for (var i = 0; i < 500; i++)
        {
            var value = KeyGenerator.Generate(kind).Value;
            var setting = new BuildGuard.Core.Views.Setting(name, value, BuildGuard.Core.Model.SourceLocation.WholeFile(".env"),
                BuildGuard.Core.Views.SettingOrigin.DotEnv, IsLiteral: true);
            if (BuildGuard.Core.Rules.SecretJudge.Assess(setting, [setting])?.Verdict != BuildGuard.Core.Rules.SecretVerdict.Strong)
            {
                weak++;
            }
        }

        Assert.True(weak <= 5, $"{name} ({kind}): {weak} of 500 generated values were not judged strong");
    }
}
