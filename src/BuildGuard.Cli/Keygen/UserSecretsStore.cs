namespace BuildGuard.Cli.Keygen;

/// <summary>Where <c>dotnet user-secrets</c> keeps a project's secrets.json (the same lookup as Microsoft.Extensions.Configuration.UserSecrets' PathHelper).</summary>
internal static class UserSecretsStore
{
    /// <summary>
    /// <c>%APPDATA%\Microsoft\UserSecrets\&lt;id&gt;\secrets.json</c> when APPDATA is set (Windows), else
    /// <c>$HOME/.microsoft/usersecrets/&lt;id&gt;/secrets.json</c>; the variables are read from
    /// <paramref name="environment"/> (the CLI's environment, replaceable in tests).
    /// </summary>
    /// <returns>Null with <paramref name="problem"/> set when the id or the home folder is unusable.</returns>
    public static string? SecretsPath(string userSecretsId, IReadOnlyDictionary<string, string> environment, out string? problem)
    {
        problem = null;
        if (userSecretsId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || userSecretsId is "." or "..")
        {
            problem = "the UserSecretsId contains characters that cannot be part of a folder name";
            return null;
        }

        var appData = environment.GetValueOrDefault("APPDATA");
        var root = NonEmpty(appData)
                   ?? NonEmpty(environment.GetValueOrDefault("HOME"))
                   ?? NonEmpty(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData))
                   ?? NonEmpty(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile))
                   ?? NonEmpty(environment.GetValueOrDefault("DOTNET_USER_SECRETS_FALLBACK_DIR"));
        if (root is null)
        {
            problem = "no home folder: set HOME (APPDATA on Windows)";
            return null;
        }

        return NonEmpty(appData) is not null
            ? Path.Combine(root, "Microsoft", "UserSecrets", userSecretsId, "secrets.json")
            : Path.Combine(root, ".microsoft", "usersecrets", userSecretsId, "secrets.json");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
