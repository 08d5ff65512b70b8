using System.IO.Compression;
using System.Xml.Linq;
using BuildGuard.Core.Model;
using BuildGuard.EndToEnd.Tests.Infra;

namespace BuildGuard.EndToEnd.Tests;

/// <summary>What the package holds: a development dependency with a task and an analyzer, no lib/ and no dependencies.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture fixture)
{
    [Fact]
    public void PackageHoldsTheTaskAndItsDependenciesButNotMSBuild()
    {
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        var entries = package.Entries.Select(e => e.FullName.Replace('\\', '/')).ToArray();

        Assert.Contains("build/BuildGuard.props", entries);
        Assert.Contains("build/BuildGuard.targets", entries);
        Assert.Contains("buildTransitive/BuildGuard.props", entries);
        Assert.Contains("buildTransitive/BuildGuard.targets", entries);
        Assert.Contains("tasks/net8.0/BuildGuard.Tasks.dll", entries);
        Assert.Contains("tasks/net8.0/BuildGuard.Core.dll", entries);
        Assert.Contains("tasks/net8.0/BuildGuard.Knowledge.dll", entries);
        Assert.Contains("tasks/net8.0/Microsoft.Extensions.Configuration.Json.dll", entries);
        Assert.Contains("tasks/net8.0/YamlDotNet.dll", entries);

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.StartsWith("ref/", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.Build", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.NET.StringTools", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase));

        // The analyzer and the one assembly it loads from its own folder; the compiler provides Microsoft.CodeAnalysis.
        Assert.Equal(
            ["analyzers/dotnet/cs/BuildGuard.CodeRules.dll", "analyzers/dotnet/cs/BuildGuard.Knowledge.dll"],
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NuspecDeclaresADevelopmentDependencyWithoutDependencies()
    {
        // NuGet/Home#4694: a csproj's DevelopmentDependency has been ignored before; read what was generated.
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        var entry = Assert.Single(package.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var stream = entry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        Assert.Equal("BuildGuard", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.Equal(PackageFixture.PackageVersion, metadata.Elements().Single(e => e.Name.LocalName == "version").Value);
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void TargetsComposeASeverityPropertyForEveryRule()
    {
        var targets = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "build", "BuildGuard.targets"));

        foreach (var rule in RuleCatalog.All)
        {
            Assert.Contains($"{rule.Code}=$(BuildGuardSeverity_{rule.Code})", targets);
        }
    }

    [Fact]
    public void BuildTransitiveImportsBuild()
    {
        foreach (var extension in new[] { "props", "targets" })
        {
            var text = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "buildTransitive", $"BuildGuard.{extension}"));
            Assert.Contains($"<Import Project=\"$(MSBuildThisFileDirectory)../build/BuildGuard.{extension}\" />", text);
        }
    }
}
