using BuildGuard.Core.Model;

namespace BuildGuard.Core.Engine;

/// <summary>
/// Rules a host plugs in over the files the scan already read (the CLI's C# code rules, which need
/// Roslyn and so cannot live in Core). They see each file once, with the text Core loaded.
/// </summary>
public interface ISourceRule
{
    IEnumerable<Finding> Evaluate(IReadOnlyList<SourceFile> files);
}
