using static BuildGuard.CodeRules.Tests.Source;

namespace BuildGuard.CodeRules.Tests;

public class VerboseDiagnosticsCodeRuleTests
{
    private const string Bg = "BG3003";

    [Fact]
    public void Unguarded_developer_exception_page_fires_at_the_call_name()
    {
        const string code = """
            var app = builder.Build();
            app.UseDeveloperExceptionPage();
            app.MapControllers();
            """;
        var finding = Single(code, Bg);
        AssertAt(finding, code, "UseDeveloperExceptionPage");
        Assert.False(finding.AlwaysError);
        Assert.StartsWith("UseDeveloperExceptionPage() shows stack traces", finding.Message);
        Assert.Contains("IsDevelopment()", finding.Message);
    }

    [Theory]
    [InlineData("app.UseMigrationsEndPoint();", "UseMigrationsEndPoint")]
    [InlineData("app.UseDatabaseErrorPage();", "UseDatabaseErrorPage")]
    [InlineData("services.AddDbContext<AppDb>(o => o.UseSqlServer(cs).EnableSensitiveDataLogging());", "EnableSensitiveDataLogging")]
    [InlineData("services.AddDbContext<AppDb>(o => o.UseNpgsql(cs).EnableSensitiveDataLogging(true));", "EnableSensitiveDataLogging")]
    [InlineData("services.AddDbContext<AppDb>(o => o.UseNpgsql(cs).EnableDetailedErrors());", "EnableDetailedErrors")]
    [InlineData("builder.Services.AddServerSideBlazor().AddCircuitOptions(o => o.DetailedErrors = true);", "DetailedErrors")]
    [InlineData("builder.Services.AddSignalR(o => { o.EnableDetailedErrors = true; });", "EnableDetailedErrors")]
    public void Unguarded_developer_diagnostics_fire(string code, string name)
    {
        var finding = Single(code, Bg);
        AssertAt(finding, code, name);
    }

    [Theory]
    [InlineData("if (env.IsProduction()) { app.UseExceptionHandler(\"/Error\"); } else { app.UseDeveloperExceptionPage(); }")] // Staging too
    [InlineData("if (env.IsDevelopment() || env.IsStaging()) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.IsDevelopment() || globalSettings.SelfHosted) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (!env.IsDevelopment()) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.IsDevelopment()) { app.UseHsts(); } else { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.IsDevelopment()) { app.UseHsts(); } app.UseDeveloperExceptionPage();")]
    [InlineData("if (env.IsEnvironment(\"Production\")) { } else { app.UseDeveloperExceptionPage(); }")]
    public void Wrong_or_incomplete_guards_still_fire(string code) => Single(code, Bg);

    [Theory]
    [InlineData("if (app.Environment.IsDevelopment()) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.IsDevelopment()) app.UseDeveloperExceptionPage();")]
    [InlineData("if (env.IsDevelopment()) { app.UseDeveloperExceptionPage(); app.UseMigrationsEndPoint(); } else { app.UseExceptionHandler(\"/Error\"); app.UseHsts(); }")]
    [InlineData("if (!app.Environment.IsDevelopment()) { app.UseExceptionHandler(\"/Error\"); } else { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (!(env.IsDevelopment())) { app.UseHsts(); } else { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.IsDevelopment() && !disableDevPage) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.IsDevelopment() || env.IsEnvironment(\"Local\")) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (HostEnvironmentEnvExtensions.IsDevelopment(env)) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.IsEnvironment(\"Development\")) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.EnvironmentName == Environments.Development) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.EnvironmentName.Equals(\"Development\")) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("if (env.EnvironmentName != \"Development\") { app.UseHsts(); } else { app.UseDeveloperExceptionPage(); }")]
    [InlineData("var isDev = app.Environment.IsDevelopment(); if (isDev) { app.UseDeveloperExceptionPage(); }")]
    [InlineData("_ = app.Environment.IsDevelopment() ? app.UseDeveloperExceptionPage() : app.UseExceptionHandler(\"/Error\");")]
    [InlineData("_ = !app.Environment.IsDevelopment() ? app.UseExceptionHandler(\"/Error\") : app.UseDeveloperExceptionPage();")]
    [InlineData("services.AddDbContext<AppDb>(o => o.UseSqlServer(cs).EnableSensitiveDataLogging(builder.Environment.IsDevelopment()));")]
    [InlineData("services.AddDbContext<AppDb>(o => o.UseSqlServer(cs).EnableSensitiveDataLogging(false).EnableDetailedErrors(options.Verbose));")]
    [InlineData("builder.Services.AddServerSideBlazor().AddCircuitOptions(o => o.DetailedErrors = builder.Environment.IsDevelopment());")]
    [InlineData("if (builder.Environment.IsDevelopment()) { builder.Services.AddDbContext<AppDb>(o => o.UseSqlServer(cs).EnableSensitiveDataLogging()); }")]
    public void Development_guarded_diagnostics_are_not_findings(string code) => None(code, Bg);

    [Fact]
    public void Early_exit_when_not_in_Development_guards_what_follows()
    {
        const string code = """
            public static void UseDevTools(this WebApplication app)
            {
                if (!app.Environment.IsDevelopment())
                {
                    return;
                }

                app.UseDeveloperExceptionPage();
                app.UseMigrationsEndPoint();
            }
            """;
        None(code, Bg);
    }

    [Fact]
    public void Environment_specific_startup_methods_are_Development_only()
    {
        const string code = """
            public class Startup
            {
                public void ConfigureDevelopment(IApplicationBuilder app) => app.UseDeveloperExceptionPage();
                public void Configure(IApplicationBuilder app) => app.UseExceptionHandler("/Error");
            }

            public class StartupDevelopment
            {
                public void Configure(IApplicationBuilder app) { app.UseDeveloperExceptionPage(); }
            }
            """;
        None(code, Bg);
    }

    [Fact]
    public void Comments_strings_declarations_and_inactive_blocks_are_not_findings()
    {
        const string code = """
            // app.UseDeveloperExceptionPage();
            var text = "app.UseDeveloperExceptionPage();";
            var name = nameof(DeveloperExceptionPageExtensions.UseDeveloperExceptionPage);
            #if DEBUG
            app.UseDeveloperExceptionPage();
            #endif
            public static class Extensions
            {
                public static IApplicationBuilder UseDeveloperExceptionPage(this IApplicationBuilder app) => app;
            }
            """;
        None(code, Bg);
        Assert.Single(RunDebug(code, Bg));
    }
}
