namespace BuildGuard.Knowledge;

/// <summary>Shapes of values that are not literals or not secrets at all, whatever the key is called.</summary>
public static class ValueShapes
{
    /// <summary>
    /// A reference resolved later, not a literal: ${VAR}, $VAR, $(Prop), #{Token}# (Azure DevOps / Octopus
    /// token replacement), __Token__ (replace-tokens tasks), %VAR%.
    /// </summary>
    public static bool IsReference(string value)
    {
        var v = value.Trim();
        if (v.Length < 2)
        {
            return false;
        }

        return v.Contains("${", StringComparison.Ordinal) ||
               (v[0] == '$' && (char.IsLetter(v[1]) || v[1] == '_' || v[1] == '(')) ||
               (v.StartsWith("#{", StringComparison.Ordinal) && v.EndsWith("}#", StringComparison.Ordinal)) ||
               (v.Length > 4 && v.StartsWith("__", StringComparison.Ordinal) && v.EndsWith("__", StringComparison.Ordinal)) ||
               (v.Length > 2 && v[0] == '%' && v[^1] == '%' && !v[1..^1].Contains('%'));
    }

    /// <summary>Booleans, switches: a key named *_PASSWORD holding "true" is a switch (MARIADB_RANDOM_ROOT_PASSWORD).</summary>
    public static bool IsBoolean(string value) =>
        value.Trim().ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off";

    /// <summary>Three or more space-separated words, mostly letters: text written for people, not generated.</summary>
    public static bool IsProse(string value)
    {
        var words = value.Trim().Split([' '], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return false;
        }

        var letters = value.Count(char.IsLetter);
        var others = value.Count(c => !char.IsLetter(c) && !char.IsWhiteSpace(c));
        return letters >= 3 * others && words.Count(w => w.Length >= 2 && w.All(char.IsLetter)) * 2 >= words.Length;
    }

    /// <summary>Values that say "no secret here" rather than being one: disabled, none, null, n/a.</summary>
    public static bool IsSentinel(string value) =>
        value.Trim().ToLowerInvariant() is "disabled" or "none" or "null" or "nil" or "n/a" or "na" or "unset" or "empty" or "-";

    public static bool IsTruthy(string value) =>
        SwitchKeyData.TruthyValues.Contains(value.Trim().Trim('"', '\'').ToLowerInvariant());
}
