namespace BuildGuard.CodeRules.Tests;

/// <summary>
/// The real-world C# files of tests/corpus/real-world (labels: tests/corpus/real-world/LABELS.md), each repository
/// folder analyzed as one project (a <see cref="CodeRuleContext"/> over its .cs files, as the analyzer sees a
/// compilation). The findings must be exactly the labelled ones: no misses, no false positives.
/// </summary>
public class CorpusTests
{
    /// <summary>file, line, code, always-error: what LABELS.md expects of the C# files (judgement items included).</summary>
    private static readonly (string File, int Line, string Code, bool AlwaysError)[] Expected =
    {
        ("abpframework__abp-samples/AspirationalAbp/src/AspirationalAbp.AuthServer/AspirationalAbpAuthServerModule.cs", 82, "BG1004", false),
        ("dotnet__aspire-samples/samples/aspire-with-javascript/AspireJavaScript.MinimalApi/Program.cs", 28, "BG4002", false),
        ("dotnet-architecture__eShopOnContainers/src/Services/Catalog/Catalog.API/Startup.cs", 116, "BG4002", true),
        ("dotnet-architecture__eShopOnContainers/src/Services/Ordering/Ordering.SignalrHub/Startup.cs", 27, "BG4002", true),
        // JWT_SECRET_KEY (L11) is used by PublicApi/Program.cs in the same folder. DEFAULT_PASSWORD (L8) is used by a seed
        // file the corpus does not hold (AppIdentityDbContextSeed.cs), so nothing here shows it is a password.
        ("dotnet-architecture__eShopOnWeb/src/ApplicationCore/Constants/AuthorizationConstants.cs", 11, "BG1004", false),
        ("fullstackhero__dotnet-starter-kit/src/BuildingBlocks/Web/Cors/Extensions.cs", 43, "BG4002", true),
        ("jasontaylordev__CleanArchitecture/src/Web/Program.cs", 31, "BG4002", false),
        ("jellyfin__jellyfin/Jellyfin.Server/Configuration/CorsPolicyProvider.cs", 38, "BG4002", false),
        ("kgrzybek__modular-monolith-with-ddd/src/API/CompanyName.MyMeetings.API/Startup.cs", 96, "BG4002", false),
        ("Squidex__squidex/backend/src/Squidex/Config/Web/WebExtensions.cs", 125, "BG4002", true),
    };

    [Fact]
    public void Real_world_csharp_files_give_exactly_the_labelled_findings()
    {
        var root = Path.Combine(AnalyzerTests.RepositoryRoot, "tests", "corpus", "real-world");
        var actual = new List<(string File, int Line, string Code, bool AlwaysError)>();
        var files = 0;
        foreach (var repository in Directory.EnumerateDirectories(root))
        {
            var trees = Directory.EnumerateFiles(repository, "*.cs", SearchOption.AllDirectories)
                .Select(path => CodeRuleRunner.Parse(File.ReadAllText(path), path))
                .ToList();
            files += trees.Count;
            var context = CodeRuleContext.Create(trees);
            foreach (var tree in trees)
            {
                var relative = Path.GetRelativePath(root, tree.FilePath).Replace('\\', '/');
                actual.AddRange(CodeRuleRunner.Analyze(tree, context).Select(f => (relative, f.Line, f.Code, f.AlwaysError)));
            }
        }

        Assert.True(files >= 16, $"expected the corpus's C# files, found {files}");
        Assert.Equal(Expected.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line), actual.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line));
    }
}
