using BuildGuard.Knowledge;

namespace BuildGuard.Core.Tests;

public class SecretStrengthTests
{
    [Theory]
    [InlineData("Jwt:Key", SecretKind.KeyMaterial)]
    [InlineData("JWT_SECRET_KEY", SecretKind.KeyMaterial)]
    [InlineData("SECRET_KEY", SecretKind.KeyMaterial)]
    [InlineData("Jwt:SigningKey", SecretKind.KeyMaterial)]
    [InlineData("EncryptionKey", SecretKind.KeyMaterial)]
    [InlineData("SA_PASSWORD", SecretKind.Password)]
    [InlineData("RABBITMQ_DEFAULT_PASS", SecretKind.Password)]
    [InlineData("GitHubToken", SecretKind.Generic)]
    [InlineData("Stripe:ApiKey", SecretKind.Generic)]
    public void Kind_follows_the_name(string key, SecretKind kind) => Assert.Equal(kind, SecretStrength.KindOf(key));

    [Theory]
    [InlineData("Pass@word")]
    [InlineData("1q2w3e*")]
    [InlineData("1q2w3e$R")]
    [InlineData("123qwe")]
    [InlineData("guest")]
    [InlineData("postgres")]
    [InlineData("P@ssw0rd")]
    [InlineData("Short1!")]
    [InlineData("aaaaaaaaaaaaaaaaaaaa")]
    public void Weak_passwords(string value) => Assert.NotNull(SecretStrength.Weakness(SecretKind.Password, value));

    [Fact]
    public void A_password_equal_to_its_user_name_is_weak() =>
        Assert.Equal("it equals the user name", SecretStrength.Weakness(SecretKind.Password, "squidexadmin2026", "SquidexAdmin2026"));

    [Theory]
    [InlineData("vR7#kq2Lx9!mTz4Wp")]
    [InlineData("SqlServer2026!?x")]
    [InlineData("q8Zt3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Y")]
    public void Strong_passwords(string value) => Assert.Null(SecretStrength.Weakness(SecretKind.Password, value));

    [Theory]
    [InlineData("SecretKeyOfDoomThatMustBeAMinimumNumberOfBytes")]
    [InlineData("k3J9x2mQv8LpZr4tYw7sNc1bHd6fGa0e")]
    [InlineData("c2hvcnQta2V5LW9ubHktMjAtYg==")]
    [InlineData("00112233445566778899aabbccddeeff")]
    public void Weak_keys(string value) => Assert.NotNull(SecretStrength.Weakness(SecretKind.KeyMaterial, value));

    [Theory]
    [InlineData("q8Zt3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8Ea5WzQ8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Y")]
    [InlineData("3q2+7w5Xk9Lm0Pz8Rt4Yu6Io1As5Df7Gh9Jk2Lz4Xc6V=")]
    [InlineData("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0")]
    public void Strong_keys(string value) => Assert.Null(SecretStrength.Weakness(SecretKind.KeyMaterial, value));

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", false)]
    [InlineData("abc123", true)]
    [InlineData("tok12", true)]
    public void Generic_secrets(string value, bool weak) => Assert.Equal(weak, SecretStrength.Weakness(SecretKind.Generic, value) is not null);
}
