using BuildGuard.Core.Parsing;

namespace BuildGuard.Core.Tests;

public class JsonConfigParserTests
{
    [Fact]
    public void Flattens_keys_with_positions_of_key_and_value()
    {
        var text = "{\n  \"Jwt\": {\n    \"Key\": \"abc\",\n    \"Hosts\": [ \"a\", 2, true, null ]\n  }\n}";
        var file = JsonConfigParser.Parse("appsettings.json", text);
        Assert.Empty(file.Errors);
        var key = Assert.Single(file.Entries, e => e.Key == "Jwt:Key");
        Assert.Equal(("abc", 3, 5, 3, 12), (key.Value, key.Line, key.Column, key.ValueLine, key.ValueColumn));
        Assert.Equal("2", file.Entries.Single(e => e.Key == "Jwt:Hosts:1").Value);
        Assert.Equal("True", file.Entries.Single(e => e.Key == "Jwt:Hosts:2").Value);
        Assert.Null(file.Entries.Single(e => e.Key == "Jwt:Hosts:3").Value);
        Assert.Equal(4, file.Entries.Single(e => e.Key == "Jwt:Hosts:0").ValueLine);
    }

    [Fact]
    public void Accepts_bom_comments_and_trailing_commas()
    {
        var text = "\uFEFF{\n  // a comment with \"xxxx\"\n  /* block */ \"A\": \"1\",\n  \"B\": [1,2,],\n}";
        var file = JsonConfigParser.Parse("appsettings.json", text);
        Assert.Empty(file.Errors);
        Assert.Equal(["A", "B:0", "B:1"], file.Entries.Select(e => e.Key));
        Assert.Equal((3, 15), (file.Entries[0].Line, file.Entries[0].Column));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var file = JsonConfigParser.Parse("a.json", "{ \"ü\": \"é\", \"K\": \"v\" }");
        Assert.Equal(18, file.Entries.Single(e => e.Key == "K").ValueColumn);
    }

    [Fact]
    public void Error_messages_do_not_quote_the_input()
    {
        var file = JsonConfigParser.Parse("a.json", "{ \"Secret\": Qz9canary }");
        var message = file.Errors.Single().Message;
        Assert.DoesNotContain("'Q'", message);
        Assert.DoesNotContain("canary", message);
    }

    [Fact]
    public void Empty_object_is_a_null_valued_key()
    {
        var file = JsonConfigParser.Parse("a.json", "{ \"ConnectionStrings\": {} }");
        var entry = Assert.Single(file.Entries);
        Assert.Equal("ConnectionStrings", entry.Key);
        Assert.Null(entry.Value);
    }

    [Theory]
    [InlineData("{\n  \"A\": \"1\"\n  \"B\": 2\n}", 3)]
    [InlineData("{\n  \"A\": \"unterminated\n}", 2)]
    [InlineData("{\n  \"A\": 1,\n  \"a\": 2\n}", 3)]
    [InlineData("[1, 2]", 1)]
    [InlineData("{\n\n  \"A\": tru\n}", 3)]
    public void Malformed_json_is_an_error_with_a_position_never_a_throw(string text, int line)
    {
        var file = JsonConfigParser.Parse("a.json", text);
        var error = Assert.Single(file.Errors);
        Assert.Equal(line, error.Line);
        Assert.True(error.Column >= 1);
        Assert.DoesNotContain("unterminated", error.Message);
    }

    [Fact]
    public void Empty_file_is_an_error_as_it_is_for_aspnetcore()
    {
        var file = JsonConfigParser.Parse("a.json", "  \n");
        Assert.Equal((2, 1), (file.Errors.Single().Line, file.Errors.Single().Column));
    }
}
