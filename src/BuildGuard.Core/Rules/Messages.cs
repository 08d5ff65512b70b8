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

    /// <summary>
    /// The fix, where the value comes from: a file's value must leave the file (a later layer cannot hide it from
    /// the repository); an environment variable's value is replaced where the environment is set.
    /// </summary>
    public static string MoveSecret(Setting setting)
    {
        var configKey = KeyPath.FromEnvironmentName(setting.Key);
        var variable = KeyPath.ToEnvironmentName(setting.Key);
        if (setting.Origin == SettingOrigin.Environment)
        {
            return $"Set a real value for {variable} where the build's environment is defined (the CI secret store).";
        }

        return $"Remove the value from {setting.PlaceName} (leave it empty or delete it) and supply the real one outside the repository: " +
               $"dotnet user-secrets set \"{configKey}\" <value> in development, the environment variable {variable} in CI/production. " +
               "`dotnet buildguard keygen` generates keys and passwords; credentials a provider issues come from that provider.";
    }
}
