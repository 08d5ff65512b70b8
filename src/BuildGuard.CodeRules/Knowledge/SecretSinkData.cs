namespace BuildGuard.CodeRules.Knowledge;

/// <summary>Where code consumes a secret: key material and passwords (BG1004's "a literal passed as the key / password").</summary>
internal static class SecretSinkData
{
    /// <summary>Types whose first constructor argument is key material (bytes of a signing / HMAC key).</summary>
    public static readonly string[] KeyTypes =
    {
        "SymmetricSecurityKey", // Microsoft.IdentityModel.Tokens: JWT signing / validation key
        "HMACSHA256", "HMACSHA384", "HMACSHA512", "HMACSHA1", "HMACMD5", // System.Security.Cryptography HMACs
    };

    /// <summary>Properties that hold a signing key: SymmetricSecurityKey key = new(…) / IssuerSigningKey = new(…).</summary>
    public static readonly string[] KeyProperties = { "IssuerSigningKey", "TokenDecryptionKey", "SigningKey" };

    /// <summary>Calls that turn a string into key bytes: Encoding.*.GetBytes, Convert.FromBase64String / FromHexString.</summary>
    public static readonly string[] KeyMaterialCalls = { "GetBytes", "FromBase64String", "FromHexString" };

    /// <summary>A method or constructor that takes a password, and which argument it is.</summary>
    public sealed class PasswordSink
    {
        public PasswordSink(string name, int position, string[] parameterNames, bool needsUserContext = false, bool isConstructor = false)
        {
            Name = name;
            Position = position;
            ParameterNames = parameterNames;
            NeedsUserContext = needsUserContext;
            IsConstructor = isConstructor;
        }

        public string Name { get; }

        /// <summary>0-based position of the password argument.</summary>
        public int Position { get; }

        public string[] ParameterNames { get; }

        /// <summary>A common name (CreateAsync): only with two arguments and a receiver or first argument that speaks of a user/admin.</summary>
        public bool NeedsUserContext { get; }

        public bool IsConstructor { get; }
    }

    public static readonly PasswordSink[] PasswordSinks =
    {
        new PasswordSink("CreateAsync", 1, new[] { "password" }, needsUserContext: true), // UserManager.CreateAsync(user, "…")
        new PasswordSink("AddPasswordAsync", 1, new[] { "password" }),                    // UserManager.AddPasswordAsync(user, "…")
        new PasswordSink("ChangePasswordAsync", 2, new[] { "newPassword" }),              // UserManager.ChangePasswordAsync(user, current, "…")
        new PasswordSink("ResetPasswordAsync", 2, new[] { "newPassword" }),               // UserManager.ResetPasswordAsync(user, token, "…")
        new PasswordSink("PasswordSignInAsync", 1, new[] { "password" }),                 // SignInManager.PasswordSignInAsync(name, "…", …)
        new PasswordSink("HashPassword", 1, new[] { "password" }),                        // IPasswordHasher.HashPassword(user, "…"); BCrypt.HashPassword("…") is position 0
        new PasswordSink("Pbkdf2", 0, new[] { "password" }),                              // Rfc2898DeriveBytes.Pbkdf2("…", salt, …)
        new PasswordSink("Rfc2898DeriveBytes", 0, new[] { "password" }, isConstructor: true),
        new PasswordSink("NetworkCredential", 1, new[] { "password" }, isConstructor: true), // new NetworkCredential(user, "…")
        new PasswordSink("X509Certificate2", 1, new[] { "password" }, isConstructor: true),  // new X509Certificate2("cert.pfx", "…")
        new PasswordSink("LoadPkcs12FromFile", 1, new[] { "password" }),                   // X509CertificateLoader.LoadPkcs12FromFile(path, "…")
        new PasswordSink("LoadPkcs12", 1, new[] { "password" }),                           // X509CertificateLoader.LoadPkcs12(bytes, "…")
        new PasswordSink("AddProductionEncryptionAndSigningCertificate", 1, new[] { "passPhrase" }), // ABP/OpenIddict: ("openiddict.pfx", "…")
    };

    /// <summary>
    /// Words in a receiver or first argument that make CreateAsync(x, "…") a user being created with a password.
    /// Not "manager": ProductManager.CreateAsync is a domain service, only a *User*Manager takes a password.
    /// </summary>
    public static readonly string[] UserContextWords = { "user", "admin", "account", "identity" };
}
