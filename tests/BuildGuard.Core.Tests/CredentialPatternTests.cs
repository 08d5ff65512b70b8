using BuildGuard.Core.Knowledge;

namespace BuildGuard.Core.Tests;

public class CredentialPatternTests
{
    public static TheoryData<string> PatternIds() => new(CredentialPatterns.All.Select(p => p.Id));

    [Fact]
    public void Ids_are_unique_and_every_pattern_has_examples_both_ways()
    {
        Assert.Equal(CredentialPatterns.All.Count, CredentialPatterns.All.Select(p => p.Id).Distinct().Count());
        Assert.All(CredentialPatterns.All, p =>
        {
            Assert.NotEmpty(p.TruePositives);
            Assert.NotEmpty(p.FalsePositives);
            Assert.NotEmpty(p.Keywords);
            Assert.False(string.IsNullOrWhiteSpace(p.Source));
        });
    }

    [Theory]
    [MemberData(nameof(PatternIds))]
    public void True_positives_match_through_the_scanner(string id)
    {
        var pattern = CredentialPatterns.All.Single(p => p.Id == id);
        Assert.All(pattern.TruePositives, example =>
        {
            Assert.True(pattern.Keywords.Any(example.Contains), $"{id}: example lacks every keyword: {example}");
            Assert.Contains(CredentialScanner.Scan("prefix text\n" + example + "\nsuffix"), m => m.Pattern == pattern);
        });
    }

    [Theory]
    [MemberData(nameof(PatternIds))]
    public void False_positives_do_not_match(string id)
    {
        var pattern = CredentialPatterns.All.Single(p => p.Id == id);
        Assert.All(pattern.FalsePositives, example =>
            Assert.DoesNotContain(CredentialScanner.Scan(example), m => m.Pattern == pattern));
    }

    [Fact]
    public void Keyword_index_finds_every_occurrence_in_one_pass()
    {
        var index = new KeywordIndex(["he", "she", "his", "hers"]);
        var hits = index.Find("ushers").Select(h => (h.Keyword, h.Start)).OrderBy(h => h.Start).ThenBy(h => h.Keyword).ToArray();
        Assert.Equal([(1, 1), (0, 2), (3, 2)], hits);
    }

    [Fact]
    public void Matches_report_their_offsets()
    {
        var text = "line one\nkey: AIzaSyZq8t3Ld5Vx0Hk2Jw7Nb4Cp9Rf6Ym1Ts3U\n";
        var match = Assert.Single(CredentialScanner.Scan(text));
        Assert.Equal(text.IndexOf("AIza", StringComparison.Ordinal), match.Start);
    }
}
