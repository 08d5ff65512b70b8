namespace BuildGuard.Knowledge;

/// <summary>Recognises values a person typed as a stand-in for a secret (BG1001).</summary>
public static class PlaceholderDetector
{
    private static readonly HashSet<string> Vocabulary = new(PlaceholderData.Vocabulary, StringComparer.Ordinal);
    private static readonly int LongestWord = PlaceholderData.Vocabulary.Max(w => w.Length);

    public static bool IsPlaceholder(string value)
    {
        var v = value.Trim().Trim('"', '\'').Trim();
        if (v.Length == 0 || ValueShapes.IsReference(v))
        {
            return false;
        }

        if (IsWrapped(v) || IsMask(v))
        {
            return true;
        }

        var words = KeyPath.Words(v);
        if (words.Count == 0)
        {
            return false;
        }

        if (PlaceholderData.LeadingMarkers.Contains(words[0]) && words.Count > 1 ||
            words.Any(w => PlaceholderData.AnywhereMarkers.Any(w.Contains)))
        {
            return true;
        }

        if (IsSentenceAboutASecret(words))
        {
            return true;
        }

        var hasLetters = false;
        foreach (var word in words)
        {
            if (word.All(StringPolyfills.IsAsciiDigit))
            {
                if (!IsTypedNumber(word))
                {
                    return false;
                }

                continue;
            }

            if (!Segments(word))
            {
                return false;
            }

            hasLetters = true;
        }

        return hasLetters || (v.All(StringPolyfills.IsAsciiDigit) && v.Length >= 4 && IsCountingOrRepeating(v));
    }

    /// <summary>Five or more real words, one of them naming the secret: a description typed where the value goes.</summary>
    private static bool IsSentenceAboutASecret(IReadOnlyList<string> words) =>
        words.Count >= 5 && words.All(w => w.All(char.IsLetter)) &&
        words.Count(w => w.Length >= 3) >= 3 && words.Any(PlaceholderData.ClaimWords.Contains);

    /// <summary>&lt;your-key&gt;, {{ secret }}, [key], {ApiKey}: a slot to fill in.</summary>
    private static bool IsWrapped(string v) =>
        v.Length >= 3 && v.Any(char.IsLetter) &&
        ((v[0] == '<' && v[^1] == '>') || (v[0] == '{' && v[^1] == '}') || (v[0] == '[' && v[^1] == ']'));

    /// <summary>xxxx, ****, 0000-0000, ???: the same filler character throughout.</summary>
    private static bool IsMask(string v)
    {
        var filler = v.Where(c => c != '-' && c != '_' && c != '.' && c != ' ').Select(char.ToLowerInvariant).ToArray();
        return filler.Length >= 3 && filler.All(c => c == filler[0]) && PlaceholderData.MaskCharacters.Contains(filler[0]);
    }

    /// <summary>Digits a person types: short runs (123, 2024), or counting/repeating runs (123456, 000000).</summary>
    private static bool IsTypedNumber(string digits)
    {
        return digits.Length <= 4 || IsCountingOrRepeating(digits);
    }

    private static bool IsCountingOrRepeating(string digits)
    {
        var ascending = true;
        var repeated = true;
        for (var i = 1; i < digits.Length; i++)
        {
            ascending &= digits[i] == (char)((digits[i - 1] - '0' + 1) % 10 + '0');
            repeated &= digits[i] == digits[0];
        }

        return ascending || repeated;
    }

    /// <summary>True when the lower-case word splits entirely into vocabulary words ("mysupersecretkey").</summary>
    private static bool Segments(string word)
    {
        if (word.Length > 64)
        {
            return false;
        }

        var reachable = new bool[word.Length + 1];
        reachable[0] = true;
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = Math.Max(0, end - LongestWord); start < end && !reachable[end]; start++)
            {
                reachable[end] = reachable[start] && Vocabulary.Contains(word[start..end]);
            }
        }

        return reachable[word.Length];
    }
}
