using static BuildGuard.CodeRules.Tests.Source;

namespace BuildGuard.CodeRules.Tests;

public class WildcardCorsCodeRuleTests
{
    private const string Bg = "BG4002";

    [Fact]
    public void AllowAnyOrigin_alone_fires_at_the_call_name_and_is_not_always_an_error()
    {
        const string code = """
            builder.Services.AddCors(o => o.AddDefaultPolicy(p =>
                p.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "AllowAnyOrigin");
        Assert.Equal(finding.Column + "AllowAnyOrigin".Length, finding.EndColumn);
        Assert.False(finding.AlwaysError);
        Assert.StartsWith("AllowAnyOrigin() lets any website call this API", finding.Message);
    }

    [Fact]
    public void AllowAnyOrigin_with_AllowCredentials_is_always_an_error()
    {
        const string code = """
            builder.Services.AddCors(o => o.AddPolicy("spa", p => p.AllowCredentials().AllowAnyOrigin().AllowAnyHeader()));
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "AllowAnyOrigin");
        Assert.True(finding.AlwaysError);
        Assert.Contains("together with AllowCredentials()", finding.Message);
        Assert.Contains("always an error", finding.Message);
        Assert.Contains("ASP.NET Core refuses this policy at run time", finding.Message);
    }

    [Theory]
    [InlineData("_ => true")]
    [InlineData("(host) => true")]
    [InlineData("origin => { return true; }")]
    [InlineData("origin => { logger.LogDebug(origin); return true; }")]
    [InlineData("delegate { return true; }")]
    [InlineData("AllowAll")]
    [InlineData("anyOrigin")]
    public void SetIsOriginAllowed_always_true_with_AllowCredentials_is_always_an_error(string predicate)
    {
        var code = $$"""
            class Startup
            {
                static bool AllowAll(string origin) => true;

                void ConfigureServices(IServiceCollection services)
                {
                    Func<string, bool> anyOrigin = _ => true;
                    services.AddCors(options =>
                    {
                        options.AddPolicy("CorsPolicy",
                            builder => builder
                            .SetIsOriginAllowed({{predicate}})
                            .AllowAnyMethod()
                            .AllowAnyHeader()
                            .AllowCredentials());
                    });
                }
            }
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "SetIsOriginAllowed");
        Assert.True(finding.AlwaysError);
        Assert.Contains("every origin is reflected", finding.Message);
    }

    [Fact]
    public void SetIsOriginAllowed_always_true_without_credentials_fires_as_a_plain_finding()
    {
        var finding = Single("app.UseCors(b => b.SetIsOriginAllowed(_ => true).AllowAnyHeader());", Bg);
        Assert.False(finding.AlwaysError);
    }

    [Theory]
    [InlineData("""app.UseCors(p => p.WithOrigins("*"));""")]
    [InlineData("""app.UseCors(p => p.WithOrigins("https://app.example.com", "*"));""")]
    [InlineData("""app.UseCors(p => p.WithOrigins(new[] { "*" }));""")]
    [InlineData("""app.UseCors(p => p.WithOrigins(new string[] { "*" }));""")]
    [InlineData("""app.UseCors(p => p.WithOrigins(["*"]));""")]
    [InlineData("""app.UseCors(p => p.WithOrigins(config["Cors:Origins"] ?? "*"));""")]
    [InlineData("""var policy = new CorsPolicyBuilder("*").Build();""")]
    public void Star_origin_fires(string code)
    {
        var finding = Single(code, Bg);
        Assert.False(finding.AlwaysError);
    }

    [Fact]
    public void Statements_on_the_same_builder_in_a_block_lambda_combine()
    {
        const string code = """
            services.AddCors(o => o.AddPolicy("x", p =>
            {
                p.AllowAnyOrigin();
                p.AllowAnyHeader();
                p.AllowCredentials();
            }));
            """;
        Assert.True(Single(code, Bg).AlwaysError);
    }

    [Fact]
    public void Top_level_builder_variable_with_credentials_in_its_initializer_combines()
    {
        const string code = """
            var policy = new CorsPolicyBuilder().AllowCredentials();
            policy.AllowAnyOrigin();
            """;
        Assert.True(Single(code, Bg).AlwaysError);
    }

    [Fact]
    public void Jellyfin_style_branches_are_separate_policies_not_the_credentials_error()
    {
        const string code = """
            public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
            {
                var corsHosts = _serverConfigurationManager.Configuration.CorsHosts;
                var builder = new CorsPolicyBuilder()
                    .AllowAnyMethod()
                    .AllowAnyHeader();

                if (corsHosts.Length == 0 || (corsHosts.Length == 1 && string.Equals(corsHosts[0], CorsConstants.AnyOrigin, StringComparison.Ordinal)))
                {
                    builder.AllowAnyOrigin();
                }
                else
                {
                    builder.WithOrigins(corsHosts)
                        .AllowCredentials();
                }

                return Task.FromResult<CorsPolicy?>(builder.Build());
            }
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "AllowAnyOrigin");
        Assert.False(finding.AlwaysError);
    }

    [Fact]
    public void Credentials_on_another_builder_do_not_combine()
    {
        const string code = """
            options.AddPolicy("public", p => p.AllowAnyOrigin());
            options.AddPolicy("private", p => p.WithOrigins(origins).AllowCredentials());
            """;
        Assert.False(Single(code, Bg).AlwaysError);
    }

    [Theory]
    [InlineData("""builder => builder.SetIsOriginAllowed(o => CoreHelpers.IsCorsOriginAllowed(o, globalSettings)).AllowCredentials()""")]
    [InlineData("""builder => builder.SetIsOriginAllowed(origin => origin == vaultUri || origin == "file://" || allowed.Contains(origin)).AllowCredentials()""")]
    [InlineData("""builder => builder.SetIsOriginAllowed(origin => new Uri(origin).Host.EndsWith(".example.com")).AllowCredentials()""")]
    [InlineData("""builder => builder.SetIsOriginAllowed(origin => { if (origin == "x") return true; return false; }).AllowCredentials()""")]
    [InlineData("""builder => builder.SetIsOriginAllowed(IsAllowed).AllowCredentials()""")]
    [InlineData("""builder => builder.WithOrigins(configuration["App:CorsOrigins"].Split(',')).AllowCredentials()""")]
    [InlineData("""builder => builder.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().AllowCredentials()""")]
    [InlineData("""builder => builder.WithOrigins("https://app.example.com", "http://localhost:4200").AllowCredentials()""")]
    [InlineData("""builder => builder.WithOrigins(origins.Where(o => o != "*").ToArray())""")]
    [InlineData("""builder => builder.WithOrigins("https://*.example.com").SetIsOriginAllowedToAllowWildcardSubdomains().AllowCredentials()""")]
    [InlineData("""builder => builder.AllowAnyHeader().AllowAnyMethod()""")]
    public void Explicit_origins_and_real_predicates_are_not_findings(string policy)
    {
        var code = $$"""
            class Startup
            {
                bool IsAllowed(string origin) => _allowed.Contains(origin);
                void ConfigureServices(IServiceCollection services) => services.AddCors(o => o.AddPolicy("p", {{policy}}));
            }
            """;
        None(code, Bg);
    }

    [Fact]
    public void Development_only_policies_are_not_findings()
    {
        const string code = """
            if (app.Environment.IsDevelopment())
            {
                app.UseCors(p => p.AllowAnyOrigin().AllowCredentials());
            }

            if (!env.IsDevelopment())
            {
                app.UseCors(p => p.WithOrigins(origins));
            }
            else
            {
                app.UseCors(p => p.SetIsOriginAllowed(_ => true).AllowCredentials());
            }

            var cors = builder.Environment.IsDevelopment() ? "*" : "https://app.example.com";
            #if DEBUG
            app.UseCors(p => p.AllowAnyOrigin());
            #endif
            """;
        None(code, Bg);
    }

    [Fact]
    public void Inactive_if_DEBUG_block_is_not_a_finding_but_is_in_a_debug_parse()
    {
        const string code = """
            #if DEBUG
            app.UseCors(p => p.AllowAnyOrigin());
            #endif
            """;
        None(code, Bg);
        Assert.Single(RunDebug(code, Bg));
    }

    [Fact]
    public void Named_policy_applied_only_in_Development_is_not_a_finding()
    {
        const string code = """
            builder.Services.AddCors(o =>
            {
                o.AddPolicy("dev", p => p.AllowAnyOrigin());
                o.AddPolicy("prod", p => p.WithOrigins(origins));
            });
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseCors("dev");
            }
            else
            {
                app.UseCors("prod");
            }
            """;
        None(code, Bg);
    }

    [Fact]
    public void Named_policy_also_applied_outside_Development_fires()
    {
        const string code = """
            builder.Services.AddCors(o => o.AddPolicy("dev", p => p.AllowAnyOrigin()));
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseCors("dev");
            }

            app.MapGet("/", () => "hi").RequireCors("dev");
            """;
        Single(code, Bg);
    }

    [Fact]
    public void Default_policy_applied_by_an_attribute_outside_Development_fires()
    {
        const string code = """
            builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin()));
            if (app.Environment.IsDevelopment()) { app.UseCors(); }

            [EnableCors]
            public class PublicController : ControllerBase { }
            """;
        Single(code, Bg);
        None(code.Replace("[EnableCors]", string.Empty), Bg);
    }

    [Fact]
    public void Comments_strings_and_lookalike_calls_are_not_findings()
    {
        const string code = """
            // p.AllowAnyOrigin();
            /* p.SetIsOriginAllowed(_ => true).AllowCredentials(); */
            var help = "call AllowAnyOrigin() to allow everything";
            var compare = string.Equals(corsHosts[0], CorsConstants.AnyOrigin, StringComparison.Ordinal);
            app.UseHealthChecks("/health", new HealthCheckOptions { Predicate = check => true });
            builder.WebHost.UseUrls("http://*:8080");
            """;
        None(code, Bg);
    }
}
