using System.CommandLine;
using System.Text;
using BuildGuard.Core.Engine;
using BuildGuard.Core.Model;
using BuildGuard.Core.Reporting;

namespace BuildGuard.Cli.Commands;

/// <summary>
/// <c>check [PATH] [--environment NAME] [--format text|json|sarif] [--output FILE] [--ignore-environment] [--verbose]</c>.
/// The CLI is an enforced context: rules report at their enforced severity, as in a Release build.
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] ProjectFileExtensions = [".csproj", ".fsproj", ".vbproj"];

    internal sealed record Options(
        string Path,
        string Environment,
        ReportFormat Format,
        string? Output,
        bool IgnoreEnvironment,
        bool Verbose,
        bool WriteBaseline = false);

    public static Command Create(CliApp app)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "The folder to scan (project or repository), a project file (its folder is scanned) or a single file.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var environment = new Option<string>("--environment", "-e")
        {
            Description = "The ASP.NET Core environment whose configuration is judged (appsettings.{NAME}.json, .env.{name}).",
            HelpName = "NAME",
            DefaultValueFactory = _ => "Production",
        };
        environment.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value) || value.IndexOfAny(['/', '\\']) >= 0 || value.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
            {
                result.AddError($"--environment must be an environment name such as Production or Staging, not '{value}'.");
            }
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (MSBuild-style lines and a summary), json (BuildGuard's shape, see README) or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to FILE instead of standard output (folders are created); the summary line still goes to standard output.",
            HelpName = "FILE",
        };
        var ignoreEnvironment = new Option<bool>("--ignore-environment")
        {
            Description = "Scan as if no environment variables were set. By default the process environment is judged like a build's: it satisfies required keys, and its values are checked (never printed).",
        };
        var writeBaseline = new Option<bool>("--write-baseline")
        {
            Description = $"Accept every current finding: write them to PATH/{Baseline.FileName} (masked fingerprints only, safe to commit), so that only new findings fail builds and checks. Exit code 0.",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Also print notes about the scan itself (skipped files, skipped checks) to standard error.",
        };

        var command = new Command("check", "Scan configuration, .env files, compose files and C# sources for insecure settings. Exit code: 0 no errors, 1 errors found, 2 usage or I/O error.")
        {
            path,
            environment,
            format,
            output,
            ignoreEnvironment,
            verbose,
            writeBaseline,
        };
        command.SetAction(parseResult => (int)Run(app, new Options(
            parseResult.GetValue(path) ?? ".",
            parseResult.GetValue(environment) ?? "Production",
            Enum.Parse<ReportFormat>(parseResult.GetValue(format) ?? "text", ignoreCase: true),
            parseResult.GetValue(output),
            parseResult.GetValue(ignoreEnvironment),
            parseResult.GetValue(verbose),
            parseResult.GetValue(writeBaseline))));
        return command;
    }

    internal static ExitCodes Run(CliApp app, Options options)
    {
        var target = System.IO.Path.GetFullPath(options.Path, app.CurrentDirectory);
        string root;
        string? projectFile = null;
        IReadOnlyList<string>? files = null;
        if (Directory.Exists(target))
        {
            root = target;
        }
        else if (File.Exists(target))
        {
            root = System.IO.Path.GetDirectoryName(target)!;
            if (ProjectFileExtensions.Contains(System.IO.Path.GetExtension(target), StringComparer.OrdinalIgnoreCase))
            {
                projectFile = target; // findings with no file of their own are reported against it, as in a build
            }
            else
            {
                files = [target];
            }
        }
        else
        {
            app.Error.WriteLine($"error: PATH '{options.Path}' does not exist.");
            return ExitCodes.UsageOrIOError;
        }

        var request = new ScanRequest
        {
            RootDirectory = root,
            Environment = options.Environment,
            EnvironmentVariables = options.IgnoreEnvironment ? new Dictionary<string, string>() : app.EnvironmentVariables,
            ProjectFile = projectFile,
            Files = files,
            SourceRules = [new CSharpCodeRules()],
            UseBaseline = !options.WriteBaseline,
        };

        if (options.Verbose)
        {
            app.Error.WriteLine($"BuildGuard {CliApp.ToolVersion}: scanning '{root}' (environment {options.Environment}, {(options.IgnoreEnvironment ? "environment variables ignored" : "environment variables judged")}).");
        }

        ScanResult result;
        try
        {
            result = Scanner.Scan(request);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            app.Error.WriteLine($"error: cannot read '{options.Path}': {exception.Message}");
            return ExitCodes.UsageOrIOError;
        }

        if (options.WriteBaseline)
        {
            return WriteBaseline(app, root, result);
        }

        var report = ScanReport.Create(root, result.Findings, new SeverityPolicy(enforced: true), result.Notes, result.InputFiles.Count)
            with { ToolVersion = CliApp.ToolVersion };

        if (options.Verbose)
        {
            foreach (var note in report.Notes)
            {
                var file = report.RelativePath(note.FilePath);
                var text = note.Text.StartsWith("BuildGuard: ", StringComparison.Ordinal) ? note.Text["BuildGuard: ".Length..] : note.Text;
                app.Error.WriteLine(file is null ? $"note: {text}" : $"note: {file}: {text}");
            }
        }

        var rendered = Reporters.Render(options.Format, report);
        if (options.Output is null)
        {
            app.Output.Write(rendered);
        }
        else
        {
            var outputPath = System.IO.Path.GetFullPath(options.Output, app.CurrentDirectory);
            try
            {
                if (System.IO.Path.GetDirectoryName(outputPath) is { Length: > 0 } directory)
                {
                    Directory.CreateDirectory(directory);
                }

                File.WriteAllText(outputPath, rendered, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                app.Error.WriteLine($"error: cannot write --output '{options.Output}': {exception.Message}");
                return ExitCodes.UsageOrIOError;
            }

            app.Output.WriteLine(TextReporter.Summary(report));
            app.Output.WriteLine($"Report written to '{options.Output}'.");
        }

        return report.ErrorCount > 0 ? ExitCodes.ErrorsFound : ExitCodes.Ok;
    }

    private static ExitCodes WriteBaseline(CliApp app, string root, ScanResult result)
    {
        var policy = new SeverityPolicy(enforced: true);
        var accepted = result.Findings.Where(f => policy.Resolve(f.Rule) != Severity.None).ToList();
        var path = System.IO.Path.Combine(root, Baseline.FileName);
        try
        {
            File.WriteAllText(path, Baseline.Write(accepted, root), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            app.Error.WriteLine($"error: cannot write {Baseline.FileName}: {exception.GetType().Name}");
            return ExitCodes.UsageOrIOError;
        }

        app.Output.WriteLine($"Wrote {accepted.Count} accepted finding(s) to {Baseline.FileName}; only new findings will be reported.");
        return ExitCodes.Ok;
    }
}
