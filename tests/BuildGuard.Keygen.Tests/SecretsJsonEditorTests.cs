using BuildGuard.Core.Editing;

namespace BuildGuard.Keygen.Tests;

/// <summary>secrets.json as dotnet user-secrets writes it: one flat object, every existing entry kept.</summary>
public class SecretsJsonEditorTests
{
    private static readonly string NL = Environment.NewLine;

    private static string Apply(string? existing, params (string Key, string Value)[] edits)
    {
        var result = SecretsJsonEditor.Apply(existing, edits.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)).ToList());
        Assert.True(result.Succeeded, result.Error);
        return result.Text!;
    }

    [Fact]
    public void A_new_file_is_a_flat_indented_object()
    {
        Assert.Equal($"{{{NL}  \"Jwt:Key\": \"v1\",{NL}  \"DB_PASSWORD\": \"v2\"{NL}}}", Apply(null, ("Jwt__Key", "v1"), ("DB_PASSWORD", "v2")));
    }

    [Fact]
    public void Existing_entries_are_kept_in_order_and_replaced_in_place()
    {
        var existing = "{\n  \"Existing:Entry\": \"keep me\",\n  \"jwt:key\": \"old\",\n  \"Other\": \"x\"\n}";

        var result = Apply(existing, ("Jwt:Key", "NEW"), ("Added", "a"));

        Assert.Equal($"{{{NL}  \"Existing:Entry\": \"keep me\",{NL}  \"jwt:key\": \"NEW\",{NL}  \"Other\": \"x\",{NL}  \"Added\": \"a\"{NL}}}", result);
    }

    [Fact]
    public void Nested_entries_are_flattened_as_configuration_reads_them()
    {
        var existing = """
            {
              // comments and trailing commas are allowed, as in appsettings.json
              "Smtp": { "Host": "mail", "Port": 25, "Tls": true, "Extra": null, "Empty": {} },
              "Origins": [ "a", "b", ],
            }
            """;

        var document = SecretsJsonEditor.Read(existing);

        Assert.True(document.Succeeded, document.Error);
        Assert.Equal(
            [new("Smtp:Host", "mail"), new("Smtp:Port", "25"), new("Smtp:Tls", "True"), new("Origins:0", "a"), new("Origins:1", "b")],
            document.Entries);
        Assert.Contains("\"Smtp:Host\": \"mail\"", Apply(existing, ("Jwt:Key", "k")));
    }

    [Fact]
    public void Non_ascii_is_written_unescaped_and_quotes_escaped()
    {
        var result = Apply(null, ("Name", "café \"x\" <b>"));

        Assert.Contains("\"Name\": \"café \\\"x\\\" <b>\"", result);
    }

    [Theory]
    [InlineData("{ \"a\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"a\": \"1\", \"A\": \"2\" }")]
    [InlineData("{ \"A:B\": \"1\", \"A\": { \"B\": \"2\" } }")]
    [InlineData("{ \"a\": s3cr3tValue }")]
    public void Malformed_input_is_an_error_result_not_an_exception(string text)
    {
        var result = SecretsJsonEditor.Apply(text, [new("K", "V")]);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.Error);
        Assert.DoesNotContain("s3cr3t", result.Error);
        Assert.Contains("line", result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n")]
    [InlineData("{}")]
    public void Empty_input_has_no_entries(string? text)
    {
        var document = SecretsJsonEditor.Read(text);

        Assert.True(document.Succeeded);
        Assert.Empty(document.Entries);
    }
}
