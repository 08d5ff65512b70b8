namespace BuildGuard.Core.Knowledge;

/// <summary>Finds provider credentials in text: keyword pass first, each pattern's regex only in a window around its hits.</summary>
public static class CredentialScanner
{
    /// <summary>How far around a keyword hit the pattern may start or end (the longest bounded pattern fits).</summary>
    private const int WindowBefore = 64;
    private const int WindowAfter = 4200;

    private static readonly (CredentialPattern Pattern, string Keyword)[] KeywordOwners =
        CredentialPatterns.All.SelectMany(p => p.Keywords.Select(k => (p, k))).ToArray();

    private static readonly KeywordIndex Index = new(KeywordOwners.Select(o => o.Keyword).ToArray());

    public sealed record Match(CredentialPattern Pattern, int Start, int Length);

    public static IReadOnlyList<Match> Scan(string text)
    {
        var matches = new List<Match>();
        var searched = new Dictionary<CredentialPattern, int>(); // end of the last window searched per pattern
        foreach (var (keyword, start) in Index.Find(text))
        {
            var pattern = KeywordOwners[keyword].Pattern;
            var from = Math.Max(0, start - WindowBefore);
            if (searched.TryGetValue(pattern, out var end) && from < end)
            {
                from = end;
                if (start + WindowAfter <= end)
                {
                    continue;
                }
            }

            var to = Math.Min(text.Length, start + WindowAfter);
            searched[pattern] = to;
            foreach (System.Text.RegularExpressions.Match m in pattern.Regex.Matches(text.Substring(from, to - from)))
            {
                var absolute = from + m.Index;
                if (!pattern.IsDocumentedExample(m.Value) && !matches.Any(x => x.Pattern == pattern && x.Start == absolute))
                {
                    matches.Add(new Match(pattern, absolute, m.Length));
                }
            }
        }

        return matches;
    }
}
