namespace BuildGuard.Core.Knowledge;

/// <summary>
/// Credential formats with a distinctive shape (BG1003). Each entry names where the format is defined
/// and carries examples that must match and near-misses that must not; a test runs them all.
/// Regexes run on the non-backtracking engine, so matching stays linear; keywords are case-sensitive literals.
/// </summary>
public static class CredentialPatterns
{
    public static IReadOnlyList<CredentialPattern> All { get; } =
    [
        new("private-key",
            "PEM private key block",
            "RFC 7468 labels; OpenSSH uses its own label",
            ["PRIVATE KEY"],
            @"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----",
            ["-----BEGIN RSA PRIVATE KEY-----\nMIIEow", "-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----"],
            ["-----BEGIN PUBLIC KEY-----", "-----BEGIN CERTIFICATE-----", "the PRIVATE KEY goes in the vault"],
            CommonInExamples: true),

        new("aws-access-key-id",
            "AWS access key id",
            "AWS IAM identifiers: AKIA (long-term), ASIA (temporary) prefixes, 16 base32 characters",
            ["AKIA", "ASIA"],
            @"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b",
            ["AKIAZ2XQ3R4S5T6U7V2W", "key=ASIAY34FZKBOKMUTVV7A"],
            ["AKIAIOSFODNN7EXAMPLE", "AKIA_NOT_A_KEY", "XAKIAZ2XQ3R4S5T6U7V2W"],
            ["AKIAIOSFODNN7EXAMPLE"]),

        new("aws-secret-access-key",
            "AWS secret access key assigned to its well-known name",
            "AWS CLI / SDK configuration names aws_secret_access_key, AWS_SECRET_ACCESS_KEY",
            ["aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "SecretAccessKey"],
            @"(?:aws_secret_access_key|AWS_SECRET_ACCESS_KEY|SecretAccessKey)[""']?\s*[:=]\s*[""']?[A-Za-z0-9/+]{40}\b",
            ["aws_secret_access_key = q8Zt3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8Ea5Wz", "AWS_SECRET_ACCESS_KEY=q8Zt3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8Ea5Wz"],
            ["aws_secret_access_key = ${AWS_SECRET}", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
            ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),

        new("github-token",
            "GitHub token (classic PAT, OAuth, app, refresh)",
            "GitHub: 'Behind GitHub's new authentication token formats' (2021): ghp_/gho_/ghu_/ghs_/ghr_ + 36 base62",
            ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
            @"\bgh[pousr]_[A-Za-z0-9]{36}\b",
            ["ghp_Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8E", "token: gho_Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8E"],
            ["ghp_short", "ghp_${GITHUB_TOKEN}"]),

        new("github-fine-grained-pat",
            "GitHub fine-grained personal access token",
            "GitHub fine-grained PAT format: github_pat_ + 22 + _ + 59 base62",
            ["github_pat_"],
            @"\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b",
            ["github_pat_11ABCDEFG0123456789abc_Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8Ea5WzZq8t3Ld5Vx0Hk2Jw7Nb"],
            ["github_pat_example"]),

        new("slack-token",
            "Slack token",
            "Slack API token prefixes xoxb/xoxp/xoxa/xoxr/xoxs",
            ["xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-"],
            @"\bxox[bpars]-[0-9]{8,13}-[0-9A-Za-z-]{8,60}",
            ["xoxb-123456789012-1234567890123-Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9R"],
            ["xoxb-your-token", "xoxb-"]),

        new("stripe-live-key",
            "Stripe live secret or restricted key",
            "Stripe API keys: sk_live_/rk_live_ (test keys sk_test_ are not production credentials)",
            ["sk_live_", "rk_live_"],
            @"\b[sr]k_live_[0-9A-Za-z]{20,}",
            ["sk_live_51Hx8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8", "rk_live_Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9R"],
            ["sk_test_51Hx8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8", "sk_live_xxx"]),

        new("azure-storage-account-key",
            "Azure account key (Storage, Cosmos DB) in a connection string",
            "Azure Storage / Cosmos DB connection strings: AccountKey is 64 bytes, base64 (88 characters)",
            ["AccountKey="],
            @"AccountKey=[A-Za-z0-9+/]{86}==",
            ["DefaultEndpointsProtocol=https;AccountName=x;AccountKey=Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8Ea5WzZq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8Ea5WzZq8t3L==;"],
            ["AccountKey={accountKey}", "UseDevelopmentStorage=true"],
            // Emulator keys published in the Azure docs: Azurite's (storage) and the Cosmos DB emulator's.
            ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
             "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="]),

        new("sendgrid-api-key",
            "SendGrid API key",
            "SendGrid API keys: SG. + 22 + . + 43 base64url",
            ["SG."],
            @"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b",
            ["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"],
            ["SG.your-key", "SG.example"]),

        new("google-api-key",
            "Google API key",
            "Google Cloud API keys: AIza + 35 characters",
            ["AIza"],
            @"\bAIza[0-9A-Za-z_-]{35}\b",
            ["AIzaSyZq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3U"],
            ["AIzaYourKeyHere"]),

        new("jwt",
            "JSON Web Token",
            "RFC 7519: base64url(header).base64url(payload).signature; headers start {\" → eyJ",
            ["eyJ"],
            @"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}",
            ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8"],
            ["eyJhbGciOiJIUzI1NiJ9", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."],
            CommonInExamples: true),

        new("npm-token",
            "npm access token",
            "npm granular/automation tokens: npm_ + 36 base62",
            ["npm_"],
            @"\bnpm_[A-Za-z0-9]{36}\b",
            ["//registry.npmjs.org/:_authToken=npm_Zq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3Ug8E"],
            ["npm_config_cache", "_authToken=${NPM_TOKEN}"]),

        new("pypi-token",
            "PyPI API token",
            "PyPI API tokens are macaroons: pypi- + base64 of a header naming pypi.org",
            ["pypi-AgEIcHlwaS5vcmc"],
            @"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}",
            ["pypi-AgEIcHlwaS5vcmcCJDZxOHQzTGQ1VngwSGsySnc3TmI0Q3A5UmY2WW0xVHMzVWc4RWE1V3o"],
            ["pypi-token-here"]),

        new("wireguard-private-key",
            "WireGuard private key",
            "wg(8) configuration: PrivateKey = base64 of 32 bytes (44 characters ending in '=')",
            ["PrivateKey", "PRIVATE_KEY", "private_key"],
            @"(?:PrivateKey|WG_PRIVATE_KEY|WIREGUARD_PRIVATE_KEY|wireguard_private_key|SERVER_PRIVATE_KEY|private_key)\s*[:=]\s*[""']?[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=",
            ["[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=", "WG_PRIVATE_KEY=yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk="],
            ["PrivateKey = <your key>", "PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="],
            CommonInExamples: true),
    ];
}
