using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

/// <summary>Wording shared by the rules: where a setting lives and how to fix a secret.</summary>
internal static class Messages
{
    public static string Where(Setting setting) => setting.Origin switch
    {
        SettingOrigin.Environment => $"environment variable {KeyPath.ToEnvironmentName(setting.Key)}",
        _ => $"{setting.Key} in {setting.PlaceName}",
    };

    public static string MoveSecret(string key) =>
        $"Keep the real value out of the repository: dotnet user-secrets set \"{KeyPath.FromEnvironmentName(key)}\" <value>, " +
        $"or the environment variable {KeyPath.ToEnvironmentName(key)} in CI/production; `dotnet buildguard keygen` generates strong keys.";
}
