namespace BuildGuard.Knowledge;

/// <summary>Knowledge behind BG1002 (weak secrets).</summary>
public static class WeakSecretData
{
    /// <summary>Minimum key material for signing / HMAC / encryption keys: HMAC-SHA-256 and AES-256 want 32 bytes.</summary>
    public const int MinKeyBytes = 32;

    /// <summary>Minimum password length (NIST SP 800-63B allows 8; 12 is the common production floor for service accounts).</summary>
    public const int MinPasswordLength = 12;

    /// <summary>Minimum estimated entropy for tokens, API keys and other secrets (a GUID has 122 bits).</summary>
    public const int MinTokenBits = 64;

    /// <summary>Name words that make a secret key material for signing or encryption (checked against key length).</summary>
    public static readonly string[] KeyMaterialWords =
    [
        "jwt", "signing", "sign", "hmac", "encryption", "encrypt", "aes", "cipher", "crypto", "dataprotection", "securitykey",
        "secretkey",  // Django/Flask SECRET_KEY signs sessions and tokens
        "masterkey",  // master keys derive others
    ];

    /// <summary>Name words that make a secret a password (checked against length, dictionaries, user name).</summary>
    public static readonly string[] PasswordWords = ["password", "passwd", "pwd", "pass", "passphrase", "pw"];

    /// <summary>Name words of the account a password belongs to (a password equal to it is weak).</summary>
    public static readonly string[] UserWords = ["user", "username", "userid", "uid", "login", "account"];

    /// <summary>
    /// Passwords every attacker tries first: defaults of databases and brokers, and the top of leaked-password
    /// lists. Compared after lower-casing and undoing leetspeak (P@ssw0rd → password).
    /// </summary>
    public static readonly string[] CommonPasswords =
    [
        "password", "passw0rd", "pass", "passwd", "letmein", "welcome", "admin", "administrator", "root", "toor", "guest",
        "user", "test", "demo", "default", "changeit", "master", "secret", "qwerty", "abc", "iloveyou", "monkey", "dragon",
        "postgres", "mysql", "mariadb", "oracle", "sa", "sqlserver", "mongo", "mongodb", "redis", "rabbitmq", "elastic",
        "kibana", "minio", "minioadmin", "sysadmin", "superuser", "manager", "tomcat", "jenkins", "docker", "ubuntu",
    ];

    /// <summary>Keyboard rows and common walks: a password built from them is guessed in seconds.</summary>
    public static readonly string[] KeyboardWalks =
    [
        "qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "0987654321", "1q2w3e4r5t6y", "q1w2e3r4t5y6", "1qaz2wsx3edc",
        "zaq12wsx", "qazwsx", "123qwe", "qwe123", "abc123", "password1",
    ];
}
