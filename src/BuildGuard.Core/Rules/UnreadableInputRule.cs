using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>BG9001: a configuration file that could not be parsed, reported where the parser stopped.</summary>
public sealed class UnreadableInputRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.UnreadableInput;

    public IEnumerable<Finding> Evaluate(ScanView view) =>
        view.ParseErrors.Select(e => new Finding(Descriptor, new SourceLocation(e.Path, e.Error.Line, e.Error.Column),
            $"{Path.GetFileName(e.Path)} could not be parsed: {e.Error.Message}. BuildGuard checked the rest of the project; fix the file so it is checked too."));
}
