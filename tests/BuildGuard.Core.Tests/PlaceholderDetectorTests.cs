using BuildGuard.Knowledge;

namespace BuildGuard.Core.Tests;

public class PlaceholderDetectorTests
{
    [Theory]
    [InlineData("changeme")]
    [InlineData("change-me")]
    [InlineData("change_me")]
    [InlineData("ChangeThisInProduction")]
    [InlineData("your-jwt-secret-key")]
    [InlineData("YOUR_API_KEY")]
    [InlineData("yourWeak(!)Password")]
    [InlineData("your-super-secret-key-at-least-32-characters")]
    [InlineData("admin123")]
    [InlineData("password")]
    [InlineData("Password123")]
    [InlineData("secret")]
    [InlineData("SECRET")]
    [InlineData("mysupersecretkey")]
    [InlineData("<your-key>")]
    [InlineData("{{ api_key }}")]
    [InlineData("[key]")]
    [InlineData("xxx")]
    [InlineData("xxxx-xxxx-xxxx")]
    [InlineData("********")]
    [InlineData("TODO")]
    [InlineData("replace-me")]
    [InlineData("example")]
    [InlineData("dev-secret")]
    [InlineData("123456")]
    [InlineData("insert-your-token-here")]
    public void Placeholders(string value) => Assert.True(PlaceholderDetector.IsPlaceholder(value), value);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("${JWT_SECRET}")]
    [InlineData("$JWT_SECRET")]
    [InlineData("#{JwtKey}#")]
    [InlineData("__JwtKey__")]
    [InlineData("k3J9x2mQv8LpZr4tYw7sNc1bHd6fGa0e")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("Pass@word")]
    [InlineData("1q2w3e$R")]
    [InlineData("postgres")]
    [InlineData("disabled")]
    [InlineData("r(m)9nLGnz$(_q3N4z1k(EFsMCjjjzx08x9VhNVcfd%6RF#r!6DE@+V5Zk2X")]
    [InlineData("correct horse battery staple")]
    [InlineData("2024")]
    public void Not_placeholders(string value) => Assert.False(PlaceholderDetector.IsPlaceholder(value), value);
}
