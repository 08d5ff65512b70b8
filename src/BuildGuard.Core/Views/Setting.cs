using BuildGuard.Core.Model;

namespace BuildGuard.Core.Views;

public enum SettingOrigin
{
    /// <summary>The effective appsettings value (after layering; may come from an environment variable).</summary>
    Configuration,
    /// <summary>A .env-style file of the view.</summary>
    DotEnv,
    /// <summary>A compose service's environment: entry.</summary>
    Compose,
    /// <summary>A build environment variable that supplies a key the project uses.</summary>
    Environment,
    /// <summary>An environment variable a published web.config sets for the app.</summary>
    WebConfig,
}

/// <summary>
/// One key/value of the view the rules judge. <see cref="DevelopmentOnly"/> marks settings of files
/// that by convention run on a developer's machine (docker-compose.override.yml): secrets there still
/// count, switches (DEBUG, ASPNETCORE_ENVIRONMENT) do not.
/// </summary>
public sealed record Setting(string Key, string Value, SourceLocation Location, SettingOrigin Origin, bool IsLiteral, bool DevelopmentOnly = false)
{
    /// <summary>Settings that belong together (one compose service, one JSON section, one .env file): a password's user name is found here.</summary>
    public string Scope { get; init; } = string.Empty;

    /// <summary>What the message calls the setting's place: "appsettings.json", ".env", "environment variable".</summary>
    public string PlaceName => Location.FilePath.Length == 0 ? "the build environment" : System.IO.Path.GetFileName(Location.FilePath);
}
