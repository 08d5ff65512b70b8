namespace BuildGuard.Knowledge;

/// <summary>Members netstandard2.0 lacks, with the behaviour of their .NET 8 namesakes.</summary>
internal static class StringPolyfills
{
    /// <summary>string.Contains(string, StringComparison).</summary>
    public static bool Contains(this string text, string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

    /// <summary>char.IsAsciiDigit: '0'…'9' only (char.IsDigit also accepts other scripts' digits).</summary>
    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
}
