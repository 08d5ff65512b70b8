using BuildGuard.Core.Discovery;

namespace BuildGuard.Core.Knowledge;

/// <summary>
/// Is a file a credential file by nature (BG5001/BG5002)? Key material (.pfx, .pem, id_rsa…) by its name alone;
/// settings files (.env, hosts.env, .tfvars, secrets.json, .npmrc…) by name and content: one that holds no secret
/// (a front-end .env with PORT=3000, an empty .tfvars, "{}") is not a leak waiting to happen.
/// </summary>
public static class CredentialFiles
{
    /// <summary>
    /// <paramref name="text"/> is the file's content when it was read (null when unknown): needed only
    /// for files such as .npmrc that are credential files only when they carry a token.
    /// </summary>
    public static bool IsCredentialFile(string path, string? text)
    {
        var name = Path.GetFileName(path);
        var kind = FileClassifier.Classify(path).Kind;
        if (kind == FileKind.EnvTemplate || CredentialFileData.PublicByDesign.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (kind == FileKind.DotEnv || name.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase))
        {
            // .env, .env.<anything> (templates were excluded above), hosts.env, terraform.tfvars
            return text is null || HoldsASecret(path, text);
        }

        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && text is not null && HoldsNoValue(path, text))
        {
            return false; // an empty secrets.json ("{}") holds nothing to leak
        }

        if (CredentialFileData.ExactNames.Contains(name, StringComparer.OrdinalIgnoreCase) ||
            CredentialFileData.Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var (fileName, markers) in CredentialFileData.TokenFiles)
        {
            if (name.Equals(fileName, StringComparison.OrdinalIgnoreCase) && text is not null &&
                markers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)) &&
                (fileName != "config" || text.Contains("clusters:", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A secret-named key with a literal value, or a provider credential anywhere in the text.</summary>
    private static bool HoldsASecret(string path, string text) =>
        Parsing.DotEnvParser.Parse(path, text).Entries.Any(e =>
            e.IsLiteral && !string.IsNullOrWhiteSpace(e.Value) && !ValueShapes.IsBoolean(e.Value) && !ValueShapes.IsSentinel(e.Value) &&
            KeyClassifier.IsSecretNamed(e.Key)) ||
        CredentialScanner.Scan(text).Count > 0;

    private static bool HoldsNoValue(string path, string text)
    {
        var parsed = Parsing.JsonConfigParser.Parse(path, text);
        return parsed.Errors.Count == 0 && parsed.Entries.All(e => string.IsNullOrEmpty(e.Value));
    }
}
