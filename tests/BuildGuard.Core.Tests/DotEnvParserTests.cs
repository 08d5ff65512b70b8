using BuildGuard.Core.Parsing;

namespace BuildGuard.Core.Tests;

public class DotEnvParserTests
{
    [Fact]
    public void Reads_assignments_exports_quotes_and_comments()
    {
        var text = "# comment\nA=1\nexport B=two # trailing\nC=\"quoted # not comment\"\nD='single $NOT_REF'\nE=\nF = spaced\nG=a#b\n";
        var file = DotEnvParser.Parse(".env", text);
        Assert.Empty(file.Errors);
        var values = file.Entries.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal("1", values["A"]);
        Assert.Equal("two", values["B"]);
        Assert.Equal("quoted # not comment", values["C"]);
        Assert.Equal("single $NOT_REF", values["D"]);
        Assert.Equal("", values["E"]);
        Assert.Equal("spaced", values["F"]);
        Assert.Equal("a#b", values["G"]);
        Assert.True(file.Entries.Single(e => e.Key == "D").IsLiteral);
    }

    [Fact]
    public void Positions_are_one_based_for_key_and_value()
    {
        var file = DotEnvParser.Parse(".env", "A=1\n  export   JWT_KEY=\"x\"");
        var entry = file.Entries.Single(e => e.Key == "JWT_KEY");
        Assert.Equal((2, 12, 2, 20), (entry.Line, entry.Column, entry.ValueLine, entry.ValueColumn));
    }

    [Fact]
    public void References_are_not_literals()
    {
        var file = DotEnvParser.Parse(".env", "A=${SECRET}\nB=$SECRET\nC=prefix-${X}\nD=lit$\n");
        Assert.Equal([false, false, false, true], file.Entries.Select(e => e.IsLiteral));
    }

    [Fact]
    public void Handles_crlf_bom_and_no_final_newline()
    {
        var file = DotEnvParser.Parse(".env", "\uFEFFA=1\r\nB=2\r\nC=3");
        Assert.Equal(["1", "2", "3"], file.Entries.Select(e => e.Value));
        Assert.Equal(1, file.Entries[0].Column);
    }

    [Fact]
    public void Double_quotes_may_span_lines()
    {
        var file = DotEnvParser.Parse(".env", "KEY=\"-----BEGIN\nabc\n-----END\"\nNEXT=1\n");
        Assert.Equal("-----BEGIN\nabc\n-----END", file.Entries[0].Value);
        Assert.Equal(4, file.Entries[1].Line);
    }

    [Fact]
    public void Malformed_lines_are_errors_with_positions_and_the_rest_still_counts()
    {
        var file = DotEnvParser.Parse(".env", "GOOD=1\nthis is not an assignment\nALSO=2\nBAD='unterminated\n");
        Assert.Equal(["GOOD", "ALSO"], file.Entries.Select(e => e.Key));
        Assert.Equal([(2, 1), (4, 5)], file.Errors.Select(e => (e.Line, e.Column)));
        Assert.All(file.Errors, e => Assert.DoesNotContain("unterminated\n", e.Message));
    }
}
