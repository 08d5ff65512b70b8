using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BuildGuard.CodeRules.Tests;

/// <summary>The analyzer over real compilations: ids, severities, locations, suppression, and no literal in any message.</summary>
public class AnalyzerTests
{
    private const string Program = """
        using System;
        using System.Text;

        var builder = WebApplication.CreateBuilder(args);
        var key = builder.Configuration["Jwt:Key"] ?? "changeme-dev-key";
        var dbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "Adm1n!Passw0rd#2024";
        builder.Services.AddCors(o =>
        {
            o.AddPolicy("open", p => p.AllowAnyOrigin());
            o.AddPolicy("spa", p => p.SetIsOriginAllowed(_ => true).AllowCredentials());
        });
        var signing = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("k3Y-M4t3r1aL-7f9a0b1c2d3e4f5a6b7c8d9e0"));
        var app = builder.Build();
        app.UseDeveloperExceptionPage();
        // app.UseCors(p => p.AllowAnyOrigin()); is a comment
        #if DEBUG
        var devOnly = builder.Configuration["Jwt:Key"] ?? "debug-only-key";
        #endif
        """;

    private static readonly string[] Literals =
    {
        "changeme-dev-key", "Adm1n!Passw0rd#2024", "k3Y-M4t3r1aL-7f9a0b1c2d3e4f5a6b7c8d9e0", "debug-only-key",
        "SecretKeyOfDoomThatMustBeAMinimumNumberOfBytes", "Pass@word1",
    };

    [Fact]
    public async Task Reports_every_rule_with_ids_severities_and_the_runner_locations()
    {
        var diagnostics = await Analyze(("Program.cs", Program));
        var tree = CodeRuleRunner.Parse(Program, "Program.cs");
        var expected = CodeRuleRunner.Analyze(tree);

        Assert.Equal(
            new[] { "BG1004", "BG1004", "BG4002", "BG4002", "BG1004", "BG3003" },
            diagnostics.Select(d => d.Id));
        Assert.Equal(
            expected.Select(f => (f.Code, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message)),
            diagnostics.Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return (d.Id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                    span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1, d.GetMessage());
            }));

        var open = diagnostics[2];
        var credentials = diagnostics[3];
        Assert.Equal(DiagnosticSeverity.Warning, open.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, credentials.Severity); // the enforced-build config raises it
        Assert.Contains("always an error", credentials.GetMessage());
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[0].Severity);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[5].Severity);
        Assert.Equal(9, open.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal("AllowAnyOrigin", open.Location.SourceTree!.GetText().ToString(open.Location.SourceSpan));
    }

    [Fact]
    public async Task Messages_never_contain_the_literal()
    {
        var diagnostics = await Analyze(("Program.cs", Program), ("AuthorizationConstants.cs", Constants), ("Seed.cs", Seed));
        Assert.NotEmpty(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage();
            Assert.All(Literals, literal => Assert.DoesNotContain(literal, message));
            Assert.All(Literals, literal => Assert.DoesNotContain(literal.Substring(0, 8), message.Replace("chan…", string.Empty)));
        }
    }

    private const string Constants = """
        namespace App;
        public class AuthorizationConstants
        {
            public const string AUTH_KEY = "AuthKeyOfDoomThatMustBeAMinimumNumberOfBytes";
            public const string DEFAULT_PASSWORD = "Pass@word1";
            public const string JWT_SECRET_KEY = "SecretKeyOfDoomThatMustBeAMinimumNumberOfBytes";
        }
        """;

    private const string Seed = """
        using System.Text;
        namespace App;
        public class Seed
        {
            public async System.Threading.Tasks.Task Run(dynamic userManager, dynamic admin)
            {
                await userManager.CreateAsync(admin, AuthorizationConstants.DEFAULT_PASSWORD);
                var key = Encoding.ASCII.GetBytes(AuthorizationConstants.JWT_SECRET_KEY);
                var signing = new SymmetricSecurityKey(key);
            }
        }
        """;

    [Fact]
    public async Task Constants_used_in_another_file_of_the_compilation_are_reported_where_they_are_declared()
    {
        var diagnostics = await Analyze(("AuthorizationConstants.cs", Constants), ("Seed.cs", Seed));
        Assert.All(diagnostics, d => Assert.Equal("AuthorizationConstants.cs", d.Location.SourceTree!.FilePath));
        Assert.Equal(new[] { 5, 6 }, diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.All(diagnostics, d => Assert.Equal("BG1004", d.Id));
    }

    [Fact]
    public async Task Pragma_warning_disable_suppresses_a_finding()
    {
        const string code = """
            #pragma warning disable BG1004 // test fixture key, reviewed
            var key = builder.Configuration["Jwt:Key"] ?? "changeme";
            #pragma warning restore BG1004
            var other = builder.Configuration["Jwt:Key"] ?? "changeme";
            """;
        var diagnostics = await Analyze(("Program.cs", code));
        var single = Assert.Single(diagnostics);
        Assert.Equal(4, single.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public async Task Severity_options_apply_like_any_analyzer_diagnostic()
    {
        var options = new Dictionary<string, ReportDiagnostic>
        {
            ["BG1004"] = ReportDiagnostic.Error,   // what the package's global config does in enforced builds
            ["BG3003"] = ReportDiagnostic.Suppress, // NoWarn / .editorconfig severity = none
        };
        var diagnostics = await Analyze(options, ("Program.cs", Program));
        Assert.DoesNotContain(diagnostics, d => d.Id == "BG3003");
        Assert.All(diagnostics.Where(d => d.Id == "BG1004"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void Descriptors_carry_titles_category_defaults_and_help_links_to_docs_rules()
    {
        var analyzer = new BuildGuardCodeAnalyzer();
        var titles = new Dictionary<string, string>
        {
            ["BG1004"] = "Placeholder fallback in code",
            ["BG3003"] = "Verbose diagnostics",
            ["BG4002"] = "Wildcard CORS in code",
        };

        Assert.Equal(4, analyzer.SupportedDiagnostics.Length);
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            Assert.Equal($"https://github.com/buildguard/buildguard/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
            Assert.Equal(titles[descriptor.Id], descriptor.Title.ToString());
            Assert.Equal("Security", descriptor.Category);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, "docs", "rules", descriptor.Id + ".md")), descriptor.Id + " has no docs page");
        }

        Assert.Equal(
            new[] { DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning },
            analyzer.SupportedDiagnostics.Select(d => d.DefaultSeverity));
        Assert.Same(BuildGuardCodeAnalyzer.WildcardCorsWithCredentials, analyzer.SupportedDiagnostics[3]);
        Assert.Equal(CodeRuleInfo.All.Select(r => r.Code).OrderBy(c => c), analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().OrderBy(c => c));
        Assert.All(CodeRuleInfo.All, r => Assert.Equal($"https://github.com/buildguard/buildguard/blob/main/docs/rules/{r.Code}.md", r.HelpLink));
    }

    [Fact]
    public void Analyzer_assembly_loads_in_the_compiler_alone()
    {
        // Inside csc the analyzer gets only what the compiler ships: netstandard and Microsoft.CodeAnalysis(.CSharp), no
        // newer than 4.14 (the oldest compiler that should load it: SDK 9.0.3xx), and BuildGuard.Knowledge, packed
        // beside it, which needs nothing but netstandard.
        var assembly = typeof(BuildGuardCodeAnalyzer).Assembly;
        var references = assembly.GetReferencedAssemblies();
        Assert.All(references, r => Assert.Contains(r.Name, new[] { "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "BuildGuard.Knowledge" }));
        Assert.All(references.Where(r => r.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)), r => Assert.True(r.Version! <= new Version(4, 14, 0, 0), r.FullName));
        var knowledge = typeof(BuildGuard.Knowledge.KeyClassifier).Assembly;
        Assert.Contains(references, r => r.Name == knowledge.GetName().Name);
        Assert.All(knowledge.GetReferencedAssemblies(), r => Assert.Equal("netstandard", r.Name));
        foreach (var netstandard in new[] { assembly, knowledge })
        {
            var framework = netstandard.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
                .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single();
            Assert.Equal(".NETStandard,Version=v2.0", framework.FrameworkName);
        }
    }

    [Fact]
    public void Analyzer_type_is_a_CSharp_DiagnosticAnalyzer()
    {
        var attribute = typeof(BuildGuardCodeAnalyzer).GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false)
            .Cast<DiagnosticAnalyzerAttribute>().Single();
        Assert.Equal(new[] { LanguageNames.CSharp }, attribute.Languages);
    }

    internal static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BuildGuard.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("BuildGuard.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static Task<ImmutableArray<Diagnostic>> Analyze(params (string Path, string Code)[] files) =>
        Analyze(new Dictionary<string, ReportDiagnostic>(), files);

    /// <summary>A Release-like compilation (DEBUG not defined) of the files against the runtime's assemblies, with the analyzer.</summary>
    private static async Task<ImmutableArray<Diagnostic>> Analyze(Dictionary<string, ReportDiagnostic> severities, params (string Path, string Code)[] files)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: new[] { "RELEASE", "TRACE" });
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Code, parseOptions, f.Path)).ToArray();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, specificDiagnosticOptions: severities));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new BuildGuardCodeAnalyzer()));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }
}
