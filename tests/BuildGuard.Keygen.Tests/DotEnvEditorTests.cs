using System.Text;
using BuildGuard.Core.Editing;
using BuildGuard.Core.Parsing;

namespace BuildGuard.Keygen.Tests;

/// <summary>The .env writer: the value it sets changes, every other byte stays.</summary>
public class DotEnvEditorTests
{
    private static string Apply(string text, params (string Key, string Value)[] edits) =>
        Encoding.UTF8.GetString(ApplyBytes(Encoding.UTF8.GetBytes(text), edits));

    private static byte[] ApplyBytes(byte[]? bytes, params (string Key, string Value)[] edits)
    {
        var result = DotEnvEditor.Apply(bytes, edits.Select(e => new DotEnvEdit(e.Key, e.Value)).ToList());
        Assert.True(result.Succeeded, result.Error);
        return result.Bytes!;
    }

    [Fact]
    public void Replaces_a_placeholder_in_place_and_keeps_every_other_line()
    {
        var text = "# header\n\nA=1\nJWT_SECRET=changeme\n# between\nB=two words # comment\n";

        var result = Apply(text, ("JWT_SECRET", "NEW"));

        Assert.Equal("# header\n\nA=1\nJWT_SECRET=NEW\n# between\nB=two words # comment\n", result);
    }

    [Fact]
    public void Crlf_file_stays_crlf_including_appended_lines()
    {
        var text = "A=1\r\nJWT_SECRET=\r\nB=2\r\n";

        var result = Apply(text, ("JWT_SECRET", "NEW"), ("DB_PASSWORD", "PW"));

        Assert.Equal("A=1\r\nJWT_SECRET=NEW\r\nB=2\r\nDB_PASSWORD=PW\r\n", result);
    }

    [Fact]
    public void Bom_is_kept_and_the_first_key_is_found_after_it()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("JWT_SECRET=old\nB=2\n")).ToArray();

        var result = ApplyBytes(bytes, ("JWT_SECRET", "NEW"));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("JWT_SECRET=NEW\nB=2\n")), result);
    }

    [Fact]
    public void Missing_final_newline_is_added_before_an_appended_key_only()
    {
        Assert.Equal("A=1\nK=V\n", Apply("A=1", ("K", "V")));
        Assert.Equal("A=1\r\nB=2\r\nK=V\r\n", Apply("A=1\r\nB=2", ("K", "V")));
        Assert.Equal("A=1\nK=NEW", Apply("A=1\nK=old", ("K", "NEW"))); // in place: still no final newline
    }

    [Fact]
    public void Quoted_values_keep_their_quotes_and_the_comment_after_them()
    {
        var text = "A=\"x # not a comment\" # real comment\nB='single # quoted'\nC=\"\"\n";

        var result = Apply(text, ("A", "N1"), ("B", "N2"), ("C", "N3"));

        Assert.Equal("A=\"N1\" # real comment\nB='N2'\nC=\"N3\"\n", result);
    }

    [Fact]
    public void Export_prefix_is_kept_and_used_for_appended_keys_when_every_line_has_it()
    {
        Assert.Equal("export A=NEW\nexport B=2\nexport C=3\n", Apply("export A=old\nexport B=2\n", ("A", "NEW"), ("C", "3")));
        Assert.Equal("export A=1\nB=2\nC=3\n", Apply("export A=1\nB=2\n", ("C", "3")));
    }

    [Fact]
    public void With_duplicate_keys_the_last_one_is_replaced()
    {
        var text = "K=first\nA=1\nK=second # effective\n";

        var result = Apply(text, ("K", "NEW"));

        Assert.Equal("K=first\nA=1\nK=NEW # effective\n", result);
        var document = DotEnvEditor.Read(Encoding.UTF8.GetBytes(text));
        Assert.Equal(2, document.Count("K"));
        Assert.Equal(3, document.Effective("K")!.Line);
    }

    [Fact]
    public void Multi_line_double_quoted_value_is_replaced_whole()
    {
        var text = "A=\"line1\nline2\"\nB=2\n";

        Assert.Equal("A=\"NEW\"\nB=2\n", Apply(text, ("A", "NEW")));
    }

    [Fact]
    public void Blanks_around_equals_and_empty_values()
    {
        Assert.Equal("A = NEW  # c\n", Apply("A = old  # c\n", ("A", "NEW")));
        Assert.Equal("A=NEW\n", Apply("A=\n", ("A", "NEW")));
        Assert.Equal("A=   NEW\n", Apply("A=   \n", ("A", "NEW")));
        Assert.Equal("\tA=NEW\n", Apply("\tA=x\n", ("A", "NEW")));
    }

    [Fact]
    public void Keys_match_as_configuration_keys()
    {
        Assert.Equal("Jwt__Key=NEW\n", Apply("Jwt__Key=old\n", ("Jwt:Key", "NEW")));
        Assert.Equal("jwt__key=NEW\n", Apply("jwt__key=old\n", ("JWT__KEY", "NEW")));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_survive_untouched()
    {
        var bytes = new byte[] { (byte)'X', (byte)'=', 0xFF, 0xFE, 0x80, (byte)'\n', (byte)'K', (byte)'=', (byte)'o', (byte)'\n', (byte)'#', 0xC3, 0xA9, (byte)'\n' };

        var result = ApplyBytes(bytes, ("K", "NEW"));

        var expected = new byte[] { (byte)'X', (byte)'=', 0xFF, 0xFE, 0x80, (byte)'\n', (byte)'K', (byte)'=', (byte)'N', (byte)'E', (byte)'W', (byte)'\n', (byte)'#', 0xC3, 0xA9, (byte)'\n' };
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Values_next_to_utf8_text_are_read_as_utf8()
    {
        var document = DotEnvEditor.Read(Encoding.UTF8.GetBytes("# clé\nNAME=café au lait # x\n"));

        var entry = Assert.Single(document.Assignments);
        Assert.Equal("café au lait", entry.Value);
        Assert.Equal("clé", entry.Comment);
    }

    [Fact]
    public void A_new_file_gets_lf_lines()
    {
        Assert.Equal("A=1\nB=2\n", Encoding.UTF8.GetString(ApplyBytes(null, ("A", "1"), ("B", "2"))));
    }

    [Theory]
    [InlineData("A=\"unterminated\n")]
    [InlineData("A='unterminated\nB=2\n")]
    [InlineData("not an assignment\n")]
    public void A_file_the_parser_rejects_is_refused(string text)
    {
        var result = DotEnvEditor.Apply(Encoding.UTF8.GetBytes(text), [new DotEnvEdit("A", "x")]);

        Assert.False(result.Succeeded);
        Assert.Null(result.Bytes);
        Assert.Contains("line 1", result.Error);
        Assert.NotEmpty(DotEnvParser.Parse(".env", text).Errors);
    }

    [Fact]
    public void Comment_lines_above_a_key_are_its_comment()
    {
        var document = DotEnvEditor.Read(Encoding.UTF8.GetBytes("# unrelated\n\n# Ed25519 key\n#   for tokens\nSIGNING_PRIVATE_KEY=\n"));

        Assert.Equal("Ed25519 key\nfor tokens", Assert.Single(document.Assignments).Comment);
    }

    [Theory]
    [InlineData("plain", '\0', "plain")]
    [InlineData("a+b/c==", '\0', "a+b/c==")]
    [InlineData("two words", '\0', "'two words'")]
    [InlineData("has#hash", '\0', "'has#hash'")]
    [InlineData("it's", '\0', "\"it's\"")]
    [InlineData("$HOME", '\0', "'$HOME'")]
    [InlineData("$HOME", '"', "'$HOME'")]
    [InlineData("x\"y", '"', "\"x\\\"y\"")]
    [InlineData("x", '\'', "'x'")]
    [InlineData("it's", '\'', "\"it's\"")]
    [InlineData("", '\0', "")]
    public void Format_writes_values_that_read_back_identically(string value, char quote, string expected)
    {
        var formatted = DotEnvEditor.Format(value, quote);

        Assert.Equal(expected, formatted);
        var entry = Assert.Single(DotEnvParser.Parse(".env", "K=" + formatted + "\n").Entries);
        Assert.Equal(value, entry.Value);
    }

    /// <summary>The editor reads values exactly as the engine does, so what keygen judges is what check judges.</summary>
    [Theory]
    [InlineData("A=1\nB=\"x \\\"q\\\" \\n y\" # c\nexport C='lit $X'\nD = spaced value   \nE=a#b\nF=\"multi\nline\"\n")]
    [InlineData("\uFEFFA=1\r\nB=2\r\n\r\n# c\r\nC=\"\"")]
    public void Reads_the_same_values_as_DotEnvParser(string text)
    {
        var engine = DotEnvParser.Parse(".env", text).Entries.Select(e => (e.Key, e.Value, e.Line, e.IsLiteral));
        var editor = DotEnvEditor.Read(Encoding.UTF8.GetBytes(text)).Assignments.Select(a => (a.Key, (string?)a.Value, a.Line, a.IsLiteral));

        Assert.Equal(engine, editor);
    }
}
