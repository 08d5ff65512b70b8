using System.Text;

namespace BuildGuard.Knowledge;

/// <summary>What a secret is used for, from its name: decides which strength test applies.</summary>
public enum SecretKind
{
    Generic,
    KeyMaterial,
    Password,
}

/// <summary>BG1002's judgement: is a real (non-placeholder) secret value too weak for its use?</summary>
public static class SecretStrength
{
    public static SecretKind KindOf(string key)
    {
        var segment = KeyPath.LastNamedSegment(key);
        var words = KeyPath.Words(segment);
        var compact = KeyPath.Compact(segment);
        var parent = KeyPath.Compact(KeyPath.ParentSegment(key));
        if (WeakSecretData.PasswordWords.Any(w => words.Contains(w)) || compact.Contains("password", StringComparison.Ordinal) ||
            compact.Contains("passwd", StringComparison.Ordinal) || compact.Contains("passphrase", StringComparison.Ordinal))
        {
            return SecretKind.Password;
        }

        // A top-level SECRET_KEY is the framework's signing key (Django, Flask); nested under a provider
        // section (amazonS3:secretKey) it is a credential the provider issued, judged as a token.
        var providerSecret = compact == "secretkey" && parent.Length > 0;
        if (!providerSecret &&
            (WeakSecretData.KeyMaterialWords.Any(w => compact.Contains(w, StringComparison.Ordinal) || parent.Contains(w, StringComparison.Ordinal)) ||
             words is [.., "token", "key"]))
        {
            return SecretKind.KeyMaterial;
        }

        return SecretKind.Generic;
    }

    /// <summary>Why <paramref name="value"/> is too weak for <paramref name="kind"/>, or null when it is strong enough.</summary>
    public static string? Weakness(SecretKind kind, string value, string? userName = null)
    {
        var v = value.Trim();
        if (v.Length == 0)
        {
            return null;
        }

        var common = IsCommonOrWalk(v);
        switch (kind)
        {
            case SecretKind.Password:
                if (userName is { Length: > 0 } && string.Equals(v, userName.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return "it equals the user name";
                }

                if (common)
                {
                    return "it is a well-known default or keyboard pattern";
                }

                if (v.Length < WeakSecretData.MinPasswordLength)
                {
                    return $"it is shorter than {WeakSecretData.MinPasswordLength} characters";
                }

                return EstimateBits(v) < 50 ? "it has little randomness" : null;

            case SecretKind.KeyMaterial:
                var bytes = KeyMaterialBytes(v);
                return common || bytes < WeakSecretData.MinKeyBytes
                    ? $"it carries about {Math.Max(0, bytes)} bytes of key material; signing and encryption keys need at least {WeakSecretData.MinKeyBytes} random bytes"
                    : null;

            default:
                if (common)
                {
                    return "it is a well-known default";
                }

                return EstimateBits(v) < WeakSecretData.MinTokenBits ? "it is too short or too predictable to be a secret" : null;
        }
    }

    /// <summary>
    /// Bytes of key material a value carries: decoded length for base64 / hex, otherwise its estimated
    /// entropy (a phrase of words counts as words, not as letters).
    /// </summary>
    public static int KeyMaterialBytes(string value)
    {
        if (value.Length >= 16 && value.Length % 2 == 0 && value.All(Uri.IsHexDigit))
        {
            return Distinctness(value) < 0.2 ? 0 : value.Length / 2;
        }

        if (value.Length >= 16 && value.Length % 4 == 0 && value.Any(char.IsDigit) && value.Any(char.IsUpper) && value.Any(char.IsLower))
        {
            if (Base64Length(value) is { } written)
            {
                return Distinctness(value) < 0.2 ? 0 : written;
            }
        }

        return (int)(EstimateBits(value) / 8);
    }

    /// <summary>
    /// Entropy estimate: letters-and-digits runs that read like words count ~11 bits each (a 2,000-word
    /// vocabulary); other characters count log2 of the alphabet they are drawn from; repetition lowers it.
    /// </summary>
    public static double EstimateBits(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        var pool = 0;
        if (value.Any(char.IsLower)) pool += 26;
        if (value.Any(char.IsUpper)) pool += 26;
        if (value.Any(char.IsDigit)) pool += 10;
        if (value.Any(c => !char.IsLetterOrDigit(c))) pool += 33;
        var perChar = Math.Log(Math.Max(pool, 2), 2);

        var bits = 0.0;
        foreach (var token in Tokens(value))
        {
            bits += IsWordLike(token) ? 11 : token.Length * perChar;
        }

        // Repeated characters and short cycles ("aaaaaaaa", "abcabcabc") carry less than their length suggests.
        return bits * Math.Min(1.0, Distinctness(value) * 1.5);
    }

    /// <summary>Bytes the value decodes to as base64, or null when it is not base64 (Convert.TryFromBase64String).</summary>
    private static int? Base64Length(string value)
    {
        // Characters base64 never holds fail the decode anyway; checking them first spares the exception.
        if (!value.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/' or '=' || char.IsWhiteSpace(c)))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(value).Length;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool IsCommonOrWalk(string value)
    {
        var normalized = Unleet(value.ToLowerInvariant());
        var core = new string(normalized.Where(char.IsLetterOrDigit).ToArray());
        var letters = new string(normalized.Where(char.IsLetter).ToArray());
        if (core.Length == 0)
        {
            return false;
        }

        // "admin123", "Password1!": a common word with a short decoration is still the common word.
        var lettersAreTheValue = value.Count(c => !char.IsLetter(c)) <= 4;
        return WeakSecretData.CommonPasswords.Contains(core) || (lettersAreTheValue && WeakSecretData.CommonPasswords.Contains(letters)) ||
               WeakSecretData.KeyboardWalks.Any(w => w.Contains(core, StringComparison.Ordinal) && core.Length >= 4) ||
               WeakSecretData.KeyboardWalks.Any(w => core.Length >= 6 && core.Contains(w, StringComparison.Ordinal) && w.Length * 2 >= core.Length) ||
               IsWalkFragment(value.ToLowerInvariant());
    }

    /// <summary>"1q2w3e$R", "1q2w3e!R": a walk with a symbol or capital at the end.</summary>
    private static bool IsWalkFragment(string lower)
    {
        var alnum = new string(lower.Where(char.IsLetterOrDigit).ToArray());
        return alnum.Length >= 5 && WeakSecretData.KeyboardWalks.Any(w => w.StartsWith(alnum[..^1], StringComparison.Ordinal));
    }

    private static string Unleet(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            builder.Append(c switch { '@' => 'a', '4' => 'a', '0' => 'o', '1' => 'i', '!' => 'i', '3' => 'e', '$' => 's', '5' => 's', '7' => 't', _ => c });
        }

        var text = builder.ToString();
        // "passw0rd" → "passwird"? No: undo only where the result is a known word, else keep digits.
        return WeakSecretData.CommonPasswords.Contains(new string(text.Where(char.IsLetter).ToArray())) ? text : s;
    }

    private static IEnumerable<string> Tokens(string value)
    {
        var current = new StringBuilder();
        foreach (var c in value)
        {
            if (char.IsLetter(c) && current.Length > 0 && char.IsLetter(current[^1]) && !(char.IsUpper(c) && char.IsLower(current[^1])))
            {
                current.Append(c);
                continue;
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
            }

            current.Clear().Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>A run of 3+ letters with vowels in a natural proportion reads as a word.</summary>
    private static bool IsWordLike(string token)
    {
        if (token.Length < 3 || !token.All(char.IsLetter))
        {
            return false;
        }

        var vowels = token.Count(c => "aeiouyAEIOUY".Contains(c));
        var ratio = (double)vowels / token.Length;
        return ratio is >= 0.25 and <= 0.6;
    }

    /// <summary>Distinct characters over the most a string of this length could have (capped at 16): 1.0 = varied.</summary>
    private static double Distinctness(string value) => Math.Min(1.0, value.Distinct().Count() / Math.Min(value.Length, 16.0));
}
