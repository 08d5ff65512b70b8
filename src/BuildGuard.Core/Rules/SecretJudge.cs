using BuildGuard.Core.Parsing;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

public enum SecretVerdict
{
    Placeholder,
    Weak,
    Strong,
}

/// <summary>The secret a setting carries (its value, or the password inside a connection string) and what it is worth.</summary>
public sealed record SecretAssessment(string Secret, SecretKind Kind, bool Embedded, SecretVerdict Verdict, string? Reason);

/// <summary>
/// One judgement shared by BG1001 (placeholder), BG1002 (weak) and BG1003 (hardcoded): each location
/// gets exactly one verdict, so the three rules never report the same value twice.
/// </summary>
public static class SecretJudge
{
    /// <summary>Null when the setting carries no literal secret (not secret-named, a reference, a switch, empty).</summary>
    public static SecretAssessment? Assess(Setting setting, IEnumerable<Setting> scopeSiblings)
    {
        var value = setting.Value;
        if (!setting.IsLiteral || string.IsNullOrWhiteSpace(value) || ValueShapes.IsBoolean(value) || ValueShapes.IsReference(value) ||
            ValueShapes.IsSentinel(value))
        {
            return null;
        }

        var siblings = scopeSiblings as IReadOnlyCollection<Setting> ?? scopeSiblings.ToList();

        string secret;
        SecretKind kind;
        string? user;
        var embedded = ConnectionStrings.EmbeddedPassword(value);
        if (embedded is not null)
        {
            if (embedded.Length == 0 || ValueShapes.IsReference(embedded) || DotEnvParser.ContainsReference(embedded))
            {
                return null;
            }

            secret = embedded;
            kind = SecretKind.Password;
            user = ConnectionStrings.EmbeddedUser(value);
        }
        else if (ConnectionStrings.EmbeddedSecret(value) is { Length: > 0 } embeddedKey && PlaceholderDetector.IsPlaceholder(embeddedKey))
        {
            // "AccountKey=xxx", "SharedAccessKey=<key>": a stand-in inside a connection string. A real key there is a
            // provider format (BG1003 patterns), not judged here.
            return new SecretAssessment(embeddedKey, SecretKind.Generic, Embedded: true, SecretVerdict.Placeholder, null);
        }
        else if (KeyClassifier.IsConnectionString(setting.Key) && KeyClassifier.IsSecretNamed(setting.Key) &&
                 !ConnectionStrings.LooksLikeConnectionString(value) && !value.Contains('='))
        {
            // "YourConnectionString": no connection string at all, only a stand-in for one.
            return PlaceholderDetector.IsPlaceholder(value)
                ? new SecretAssessment(value.Trim(), SecretKind.Generic, Embedded: false, SecretVerdict.Placeholder, null)
                : null;
        }
        else if (KeyClassifier.IsSecretNamed(setting.Key) && !KeyClassifier.IsConnectionString(setting.Key) &&
                 !ConnectionStrings.LooksLikeConnectionString(value) && !IsAccessKeyIdOfAPair(setting, siblings))
        {
            secret = value.Trim();
            kind = SecretStrength.KindOf(setting.Key);
            user = kind == SecretKind.Password ? UserName(siblings) : null;
        }
        else
        {
            return null;
        }

        if (PlaceholderDetector.IsPlaceholder(secret) || NamesItsKey(secret, setting.Key))
        {
            return new SecretAssessment(secret, kind, embedded is not null, SecretVerdict.Placeholder, null);
        }

        // A number (TokenLimit = 8) or a sentence ("My appsettings.json Value") is not key material or a token;
        // passwords are still judged, since people do pick digits and words.
        if (kind != SecretKind.Password && (secret.All(char.IsDigit) || ValueShapes.IsProse(secret)))
        {
            return null;
        }

        var weakness = SecretStrength.Weakness(kind, secret, user);
        return new SecretAssessment(secret, kind, embedded is not null, weakness is null ? SecretVerdict.Strong : SecretVerdict.Weak, weakness);
    }

    /// <summary>
    /// "PAYPAL_SECRET" as the value of Payment:PayPal:Secret: a credential's name made only of its own key's
    /// words is the key's name typed where its value goes.
    /// </summary>
    private static bool NamesItsKey(string value, string key)
    {
        // The value must itself read as a credential's name ("PAYPAL_SECRET"): "postgres" under POSTGRES_PASSWORD
        // is the database's default password, a weak secret, not a name.
        var valueWords = KeyPath.Words(value);
        if (valueWords.Count == 0 || valueWords.Any(w => w.All(char.IsDigit)) || !KeyClassifier.IsSecretNamed(value))
        {
            return false;
        }

        // Whole words only: "Pass@word" under SA_PASSWORD is a (weak) password someone chose, not the key's name.
        var keyWords = KeyPath.Segments(key).SelectMany(s => KeyPath.Words(s).Append(KeyPath.Compact(s))).ToHashSet(StringComparer.Ordinal);
        return valueWords.All(keyWords.Contains);
    }

    /// <summary>
    /// S3-style credentials come in pairs: next to a "secretKey", an "accessKey" is the public key id
    /// (AWS calls it the access key ID), not the secret.
    /// </summary>
    private static bool IsAccessKeyIdOfAPair(Setting setting, IEnumerable<Setting> siblings) =>
        KeyPath.NameWords(setting.Key) is [.., "access", "key"] &&
        siblings.Any(s => !ReferenceEquals(s, setting) && KeyPath.NameWords(s.Key) is [.., "secret", "key"] or [.., "secret", "access", "key"] or [.., "key", "secret"]);

    /// <summary>The value of a user-name key beside the password (POSTGRES_USER next to POSTGRES_PASSWORD).</summary>
    private static string? UserName(IEnumerable<Setting> siblings) =>
        siblings.FirstOrDefault(s => KeyPath.Words(KeyPath.LastNamedSegment(s.Key)) is { Count: > 0 } words &&
                                     WeakSecretData.UserWords.Contains(words[^1]))?.Value;
}
