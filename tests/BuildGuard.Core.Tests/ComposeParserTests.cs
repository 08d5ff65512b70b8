using BuildGuard.Core.Parsing;

namespace BuildGuard.Core.Tests;

public class ComposeParserTests
{
    [Fact]
    public void Reads_environment_as_map_and_as_list_with_positions()
    {
        var yaml = """
            services:
              db:
                image: postgres
                environment:
                  POSTGRES_PASSWORD: changeme
                  PASS_THROUGH:
              api:
                environment:
                  - ASPNETCORE_ENVIRONMENT=Development
                  - "QUOTED=value"
                  - FROM_HOST
            """;
        var result = ComposeParser.Parse("docker-compose.yml", yaml);
        var entries = result.File.Entries;
        Assert.Equal(["POSTGRES_PASSWORD", "ASPNETCORE_ENVIRONMENT", "QUOTED"], entries.Select(e => e.Key));
        var password = entries[0];
        Assert.Equal(("db", "changeme", 5, 7, 5, 26), (password.Section, password.Value, password.Line, password.Column, password.ValueLine, password.ValueColumn));
        var env = entries[1];
        Assert.Equal((9, 9, 32), (env.Line, env.Column, env.ValueColumn));
        Assert.Equal(17, entries[2].ValueColumn);
    }

    [Fact]
    public void Interpolations_are_not_literals_but_defaults_are()
    {
        var yaml = """
            services:
              a:
                environment:
                  A: ${PASSWORD}
                  B: ${PASSWORD:?Variable not set}
                  C: ${PASSWORD:-Pass@word}
                  D: "Server=db;Password=${DB_PASS-secret}"
                  E: "1q2w3e$$R"
                  F: ${DOCKER_REGISTRY-}
            """;
        var entries = ComposeParser.Parse("compose.yml", yaml).File.Entries.ToDictionary(e => e.Key);
        Assert.False(entries["A"].IsLiteral);
        Assert.False(entries["B"].IsLiteral);
        Assert.Equal(("Pass@word", true), (entries["C"].Value, entries["C"].IsLiteral));
        Assert.Equal(("Server=db;Password=secret", true), (entries["D"].Value, entries["D"].IsLiteral));
        Assert.Equal(("1q2w3e$R", true), (entries["E"].Value, entries["E"].IsLiteral));
        Assert.Equal(("", true), (entries["F"].Value, entries["F"].IsLiteral));
    }

    [Fact]
    public void Reads_env_file_short_and_long_syntax()
    {
        var yaml = """
            services:
              a:
                env_file: hosts.env
              b:
                env_file:
                  - common.env
                  - path: ../../dev/.env
                    required: false
            """;
        Assert.Equal(["hosts.env", "common.env", "../../dev/.env"], ComposeParser.Parse("compose.yml", yaml).EnvFiles);
    }

    [Fact]
    public void One_space_indentation_parses()
    {
        var yaml = "services:\n web:\n  environment:\n   - ASPNETCORE_ENVIRONMENT=Docker\n";
        Assert.Single(ComposeParser.Parse("docker-compose.override.yml", yaml).File.Entries);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_a_position()
    {
        var yaml = "services:\n  a:\n    environment:\n      A: \"unterminated\n    b: [\n";
        var file = ComposeParser.Parse("docker-compose.yml", yaml).File;
        var error = Assert.Single(file.Errors);
        Assert.True(error.Line >= 4);
        Assert.DoesNotContain("unterminated", error.Message);
    }

    [Fact]
    public void An_undefined_alias_is_an_error_that_does_not_quote_the_value()
    {
        var file = ComposeParser.Parse("compose.yml", "services:\n  a:\n    environment:\n      JWT_SECRET: *SuperSecretAlias9\n").File;
        var error = Assert.Single(file.Errors);
        Assert.DoesNotContain("SuperSecret", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var text = "services: " + new string('[', 100_000);
        var error = Assert.Single(ComposeParser.Parse("compose.yml", text).File.Errors);
        Assert.Contains("nested deeper", error.Message);
    }

    [Fact]
    public void An_alias_bomb_is_read_in_linear_time()
    {
        var lines = new List<string> { "a0: &a0 [\"x\", \"${X:?required}\"]" };
        for (var i = 1; i < 10; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        lines.Add("services:\n  a:\n    environment:\n      B: *a9");
        var result = ComposeParser.Parse("compose.yml", string.Join("\n", lines) + "\n");
        Assert.Equal(["X"], result.RequiredVariables);
    }
}
