using System.CommandLine;
using BuildGuard.Core.Model;
using BuildGuard.Core.Reporting;

namespace BuildGuard.Cli.Commands;

/// <summary><c>rules</c>: the rule table (code, title, default severity, help link).</summary>
internal static class RulesCommand
{
    public static Command Create(CliApp app)
    {
        var command = new Command("rules", "List every rule: code, title, default severity (as 'check' and enforced builds report it) and help link.");
        command.SetAction(_ =>
        {
            WriteTable(app.Output, RuleCatalog.All, new SeverityPolicy(enforced: true));
            return (int)ExitCodes.Ok;
        });
        return command;
    }

    internal static void WriteTable(TextWriter output, IReadOnlyList<RuleDescriptor> rules, SeverityPolicy policy)
    {
        string[] header = ["CODE", "TITLE", "SEVERITY", "HELP"];
        var rows = rules.Select(r => new[] { r.Code, r.Title, SeverityText.Name(policy.Resolve(r)), r.HelpLink }).ToList();
        var widths = Enumerable.Range(0, header.Length - 1)
            .Select(i => rows.Select(row => row[i].Length).Append(header[i].Length).Max())
            .ToArray();

        foreach (var row in rows.Prepend(header))
        {
            var cells = row.Take(row.Length - 1).Select((cell, i) => cell.PadRight(widths[i]));
            output.WriteLine(string.Join("  ", cells.Append(row[^1])));
        }
    }
}
