using System.Collections;
using System.CommandLine;
using BuildGuard.Cli.Commands;
using BuildGuard.Core.Reporting;

namespace BuildGuard.Cli;

/// <summary>
/// The whole command line, runnable in-process: everything it prints goes to <see cref="Output"/> and
/// <see cref="Error"/>, and the process environment and current directory can be replaced (tests do).
/// </summary>
public sealed class CliApp
{
    public CliApp(
        TextWriter output,
        TextWriter error,
        IReadOnlyDictionary<string, string>? environmentVariables = null,
        string? currentDirectory = null)
    {
        Output = output;
        Error = error;
        EnvironmentVariables = environmentVariables ?? ReadProcessEnvironment();
        CurrentDirectory = currentDirectory ?? Directory.GetCurrentDirectory();
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>The environment a scan judges unless <c>--ignore-environment</c> is given.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; }

    /// <summary>What relative PATH and --output arguments are relative to.</summary>
    public string CurrentDirectory { get; }

    public static string ToolVersion { get; } = ScanReport.ReadVersion(typeof(CliApp).Assembly);

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        new CliApp(output, error).RunAsync(args, cancellationToken);

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine's own parse-error action exits with 1, which means "findings" here.
            foreach (var parseError in parseResult.Errors)
            {
                Error.WriteLine($"error: {parseError.Message}");
            }

            var command = parseResult.CommandResult.Command;
            var commandPath = command is RootCommand ? "dotnet buildguard" : $"dotnet buildguard {command.Name}";
            Error.WriteLine($"Run '{commandPath} --help' for usage.");
            return (int)ExitCodes.UsageOrIOError;
        }

        try
        {
            return await parseResult.InvokeAsync(
                new InvocationConfiguration { Output = Output, Error = Error, EnableDefaultExceptionHandler = false },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Error.WriteLine("error: canceled.");
            return (int)ExitCodes.UsageOrIOError;
        }
        catch (Exception exception)
        {
            ReportInternalError(exception);
            return (int)ExitCodes.InternalError;
        }
    }

    internal RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "BuildGuard: finds placeholder secrets, debug flags, wildcard CORS and committed credentials in app configuration.")
        {
            CheckCommand.Create(this),
            KeygenCommand.Create(this),
            RulesCommand.Create(this),
        };
        return root;
    }

    /// <summary>
    /// Type and stack trace only: an exception message can quote the input that broke a parser or
    /// binder, and input here is secrets.
    /// </summary>
    private void ReportInternalError(Exception exception)
    {
        Error.WriteLine("error: BuildGuard failed unexpectedly. This is a bug; please report it with the trace below.");
        Error.WriteLine("(Exception messages are left out: they can quote configuration values.)");
        for (var current = exception; current is not null; current = current.InnerException)
        {
            Error.WriteLine(current.GetType().FullName);
            if (current.StackTrace is { } stackTrace)
            {
                Error.WriteLine(stackTrace);
            }
        }
    }

    private static Dictionary<string, string> ReadProcessEnvironment()
    {
        var variables = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                variables[name] = value;
            }
        }

        return variables;
    }
}
