namespace BuildGuard.Core.Knowledge;

/// <summary>
/// Files that hold credentials by their nature (BG5001 when tracked, BG5002 when published).
/// Names are compared case-insensitively on the file name only.
/// </summary>
internal static class CredentialFileData
{
    /// <summary>Exact file names.</summary>
    public static readonly string[] ExactNames =
    [
        ".env",                    // dotenv: local secrets by convention; templates are exempt (see FileClassifier)
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", // SSH private keys
        "secrets.json",            // dotnet user-secrets store, copied into a repo
        "appsettings.secrets.json",// ABP's convention for local secrets
        "credentials.json",        // Google service-account / OAuth client credentials
        "credentials",             // ~/.aws/credentials
        ".git-credentials",        // git credential store: plaintext https tokens
        "hosts.env",               // compose env file holding production hosts, passwords and keys
        "service-account.json",    // GCP service account key
        "terraform.tfstate",       // holds every secret Terraform created
    ];

    /// <summary>File extensions (with the dot).</summary>
    public static readonly string[] Extensions =
    [
        ".pem",       // PEM: private keys, often with certificates
        ".key",       // private keys (openssl, IIS exports)
        ".pfx", ".p12", // PKCS#12: certificate with its private key
        ".jks", ".keystore", // Java / Android keystores
        ".ppk",       // PuTTY private keys
        ".kdbx",      // KeePass databases
        ".tfvars",    // Terraform variables, usually with provider credentials
        ".env",       // compose env files (hosts.env, db.env) hold the values compose injects
    ];

    /// <summary>Names that look like key stores but hold keys published on purpose.</summary>
    public static readonly string[] PublicByDesign =
    [
        "debug.keystore", // the Android SDK's shared debug signing key: same password ("android") for everyone
    ];

    /// <summary>Files that are credential files only when they contain a token (checked by content).</summary>
    public static readonly (string Name, string[] Markers)[] TokenFiles =
    [
        (".npmrc", ["_authToken=", "_auth=", "_password="]), // npm registry tokens
        (".pypirc", ["password"]),                            // PyPI upload credentials
        (".netrc", ["password"]),                             // machine login/password pairs
        ("_netrc", ["password"]),
        ("config", ["token:", "client-key-data:"]),          // kubeconfig (~/.kube/config) with embedded credentials
        ("kubeconfig", ["token:", "client-key-data:"]),
        ("nuget.config", ["ClearTextPassword"]),             // NuGet feed credentials in clear text
    ];
}
