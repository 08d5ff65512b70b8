using Microsoft.CodeAnalysis;

namespace BuildGuard.CodeRules.Tests;

/// <summary>Rules never throw: half-typed code (as the IDE sees it), broken syntax, real files.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("var key = config[\"Jwt:Key\"] ??")]
    [InlineData("var key = config[] ?? \"changeme\";")]
    [InlineData("var key = ?? \"changeme\";")]
    [InlineData("GetValue(, \"x\");")]
    [InlineData("new SymmetricSecurityKey(Encoding.UTF8.GetBytes());")]
    [InlineData("new SymmetricSecurityKey();")]
    [InlineData("app.UseCors(p => p.SetIsOriginAllowed());")]
    [InlineData("app.UseCors(p => p.SetIsOriginAllowed(_ => ).AllowCredentials());")]
    [InlineData("options.AddPolicy(p => p.AllowAnyOrigin());")]
    [InlineData("if (env.IsDevelopment() app.UseDeveloperExceptionPage();")]
    [InlineData("if () { app.UseDeveloperExceptionPage(); } else")]
    [InlineData("class C { const string = \"x\"; static readonly string K = ; }")]
    [InlineData("string.IsNullOrEmpty() ? \"x\" : ;")]
    [InlineData("x is ? \"x\" : x;")]
    [InlineData("[EnableCors(\"dev\")] class C { void M() { o.AddPolicy(\"dev\", p => p.AllowAnyOrigin()); } }")]
    [InlineData("#if DEBUG\nvar k = config[\"Jwt:Key\"] ?? \"x\";\n#else\nvar k = config[\"Jwt:Key\"] ?? \"changeme\";")]
    public void Broken_code_does_not_throw(string code)
    {
        var tree = CodeRuleRunner.Parse(code, "Broken.cs");
        _ = CodeRuleRunner.Hits(tree, null, CancellationToken.None, rethrow: true).ToList();
    }

    [Fact]
    public void Every_prefix_of_real_files_does_not_throw()
    {
        var root = Path.Combine(AnalyzerTests.RepositoryRoot, "tests", "corpus", "real-world");
        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            for (var length = 0; length < text.Length; length += Math.Max(1, text.Length / 40))
            {
                var tree = CodeRuleRunner.Parse(text.Substring(0, length), path);
                _ = CodeRuleRunner.Hits(tree, null, CancellationToken.None, rethrow: true).ToList();
            }
        }
    }

    [Fact]
    public void The_repository_own_sources_do_not_throw_and_this_project_has_no_findings()
    {
        var root = AnalyzerTests.RepositoryRoot;
        var separator = Path.DirectorySeparatorChar;
        var trees = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !p.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Select(p => CodeRuleRunner.Parse(File.ReadAllText(p), p))
            .ToList();
        Assert.NotEmpty(trees);
        var context = CodeRuleContext.Create(trees);
        var findings = trees.SelectMany(t => CodeRuleRunner.Hits(t, context, CancellationToken.None, rethrow: true).Select(h => (t.FilePath, h.Code, h.Message))).ToList();

        // Other projects' code is theirs to judge; the rules' own sources (full of these API names in comments and strings) must be clean.
        var own = findings.Where(f => f.FilePath.Contains($"{separator}BuildGuard.CodeRules{separator}", StringComparison.Ordinal)).ToList();
        Assert.True(own.Count == 0, string.Join(Environment.NewLine, own));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var tree = CodeRuleRunner.Parse("var key = config[\"Jwt:Key\"] ?? \"changeme\";", "Program.cs");
        Assert.ThrowsAny<OperationCanceledException>(() => CodeRuleRunner.Analyze(tree, null, cancelled.Token));
    }
}
