using BuildGuard.Core.Discovery;
using BuildGuard.Core.Knowledge;
using BuildGuard.Core.Model;
using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>BG5001: a tracked file that holds credentials by nature. Skipped (with a note) when git cannot tell.</summary>
public sealed class CommittedCredentialFileRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.CommittedCredentialFile;

    public IEnumerable<Finding> Evaluate(ScanView view) =>
        view.Sources
            .Where(s => s.File.IsProduction && view.Tracking.IsTracked(s.File.Path) == true && CredentialFiles.IsCredentialFile(s.File.Path, s.File.Text))
            .Select(s => new Finding(Descriptor, SourceLocation.WholeFile(s.File.Path),
                $"{Path.GetFileName(s.File.Path)} is a credential file and is tracked by git. Remove it from the repository " +
                $"(git rm --cached \"{Path.GetFileName(s.File.Path)}\"), add it to .gitignore, and rotate every credential it held: they are in the history."));
}

/// <summary>BG5002: a credential file is among the files the publish is about to copy.</summary>
public sealed class CredentialFileInPublishRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.CredentialFileInPublish;

    public IEnumerable<Finding> Evaluate(ScanView view)
    {
        var texts = view.Sources.ToDictionary(s => s.File.Path, s => s.File.Text, StringComparer.Ordinal);
        return view.PublishFiles
            .Where(p => CredentialFiles.IsCredentialFile(p.RelativePath, texts.GetValueOrDefault(p.SourcePath)) ||
                        CredentialFiles.IsCredentialFile(p.SourcePath, texts.GetValueOrDefault(p.SourcePath)))
            .Select(p => new Finding(Descriptor, SourceLocation.WholeFile(p.SourcePath),
                $"{p.RelativePath.Replace('\\', '/')} would be published: it is a credential file. Remove its CopyToPublishDirectory / " +
                "Content include (or mark it CopyToPublishDirectory=\"Never\") and provide the secret at deployment through the environment or a secret store."));
    }
}

/// <summary>BG5003: a .env file that no .gitignore rule covers (one `git add .` away from being committed).</summary>
public sealed class EnvNotIgnoredRule : IRule
{
    public RuleDescriptor Descriptor => RuleCatalog.EnvNotIgnored;

    public IEnumerable<Finding> Evaluate(ScanView view) =>
        view.Sources
            .Where(s => s.File.IsProduction && s.File.Kind == FileKind.DotEnv && Path.GetFileName(s.File.Path).StartsWith(".env", StringComparison.OrdinalIgnoreCase) &&
                        view.Tracking.IsIgnored(s.File.Path) == false && CredentialFiles.IsCredentialFile(s.File.Path, s.File.Text))
            .Select(s => new Finding(Descriptor, SourceLocation.WholeFile(s.File.Path),
                $"{Path.GetFileName(s.File.Path)} is not covered by any .gitignore rule. Add \"{Path.GetFileName(s.File.Path)}\" (or \".env*\" with \"!.env.example\") to .gitignore."));
}
