using System.Collections;
using Microsoft.Build.Framework;

namespace BuildGuard.EndToEnd.Tests.TaskTests;

/// <summary>An IBuildEngine that keeps every event a task logs.</summary>
public sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    /// <summary>Everything logged, as text, for no-leak assertions.</summary>
    public string AllText => string.Join('\n',
        Errors.Select(e => $"{e.File}|{e.Code}|{e.Message}|{e.HelpLink}")
            .Concat(Warnings.Select(w => $"{w.File}|{w.Code}|{w.Message}|{w.HelpLink}"))
            .Concat(Messages.Select(m => $"{m.File}|{m.Code}|{m.Message}")));

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "App.csproj";

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException();
}
