using System.Security;
using System.Text;

namespace BuildGuard.EndToEnd.Tests.Infra;

/// <summary>
/// A generated consumer: a net10.0 console app referencing the freshly packed BuildGuard, with its own
/// NuGet.Config (starting with &lt;clear/&gt;) and the run's shared NUGET_PACKAGES folder.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackageFixture _fixture;
    private readonly List<string> _properties = [];
    private readonly List<string> _items = [];
    private string _sdk = "Microsoft.NET.Sdk";

    public ConsumerProject(PackageFixture fixture, string directory)
    {
        _fixture = fixture;
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
    }

    public string Directory { get; }

    public string Name => "App";

    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public ConsumerProject Property(string name, string value)
    {
        _properties.Add($"    <{name}>{SecurityElement.Escape(value)}</{name}>");
        return this;
    }

    public ConsumerProject Item(string type, string include, params (string Name, string Value)[] metadata)
    {
        var attributes = string.Concat(metadata.Select(m => $" {m.Name}=\"{SecurityElement.Escape(m.Value)}\""));
        _items.Add($"    <{type} Include=\"{SecurityElement.Escape(include)}\"{attributes} />");
        return this;
    }

    /// <summary>An ASP.NET Core project (Microsoft.NET.Sdk.Web): static web assets, wwwroot publishing.</summary>
    public ConsumerProject WebSdk()
    {
        _sdk = "Microsoft.NET.Sdk.Web";
        return this;
    }

    public ConsumerProject File(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Writes the project file, Program.cs and NuGet.Config. Call after configuring.</summary>
    public ConsumerProject Write()
    {
        var project = new StringBuilder()
            .AppendLine($"<Project Sdk=\"{_sdk}\">")
            .AppendLine("  <PropertyGroup>")
            .AppendLine("    <OutputType>Exe</OutputType>")
            .AppendLine("    <TargetFramework>net10.0</TargetFramework>")
            .AppendLine("    <ImplicitUsings>enable</ImplicitUsings>")
            .AppendLine("    <Nullable>enable</Nullable>");
        foreach (var property in _properties)
        {
            project.AppendLine(property);
        }

        project.AppendLine("  </PropertyGroup>")
            .AppendLine("  <ItemGroup>")
            .AppendLine($"    <PackageReference Include=\"BuildGuard\" Version=\"{PackageFixture.PackageVersion}\" />")
            .AppendLine("    <None Update=\"appsettings*.json\" CopyToOutputDirectory=\"PreserveNewest\" />");
        foreach (var item in _items)
        {
            project.AppendLine(item);
        }

        project.AppendLine("  </ItemGroup>").AppendLine("</Project>");
        File(Name + ".csproj", project.ToString());

        if (!System.IO.File.Exists(PathOf("Program.cs")))
        {
            File("Program.cs", "Console.WriteLine(\"Hello from a BuildGuard consumer.\");\n");
        }

        // The local feed serves BuildGuard and nothing else; nuget.org serves everything else.
        File("NuGet.Config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="buildguard-local" value="{SecurityElement.Escape(_fixture.Feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="buildguard-local">
                  <package pattern="BuildGuard" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        return this;
    }

    public CommandResult Build(params string[] arguments) => Dotnet("build", null, arguments);

    public CommandResult Build(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Dotnet("build", environment, arguments);

    public CommandResult Publish(params string[] arguments) => Dotnet("publish", null, arguments);

    public CommandResult Publish(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Dotnet("publish", environment, arguments);

    public CommandResult Clean(params string[] arguments) => Dotnet("clean", null, arguments);

    /// <summary>`dotnet msbuild` with explicit targets, e.g. -t:Publish (no _IsPublishing from the CLI).</summary>
    public CommandResult MSBuild(params string[] arguments) => Dotnet("msbuild", null, arguments);

    public CommandResult Git(params string[] arguments) => Infra.Dotnet.Git(Directory, arguments);

    /// <summary>git init + add + commit of everything currently in the directory.</summary>
    public ConsumerProject CommitAll()
    {
        Expect(Git("init", "-q"));
        Expect(Git("add", "-A"));
        Expect(Git("commit", "-q", "-m", "initial"));
        return this;
    }

    private CommandResult Dotnet(string command, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["NUGET_PACKAGES"] = _fixture.Packages,
        };
        return Infra.Dotnet.Run(Directory, variables, [command, ProjectPath, "-nodeReuse:false", .. arguments]);
    }

    private static void Expect(CommandResult result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.ToString());
        }
    }
}
