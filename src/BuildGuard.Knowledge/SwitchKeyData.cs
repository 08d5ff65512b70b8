namespace BuildGuard.Knowledge;

/// <summary>Names of switches that must not be on in production, compared on the compact last segment.</summary>
public static class SwitchKeyData
{
    /// <summary>Debug switches (BG3001): frameworks' own names and the common generic ones.</summary>
    public static readonly string[] DebugKeys =
    [
        "debug",         // generic DEBUG=true, Django settings, many Node/Python apps
        "flaskdebug",    // FLASK_DEBUG
        "appdebug",      // Laravel APP_DEBUG
        "djangodebug",   // DJANGO_DEBUG
        "debugmode",     // DEBUG_MODE / DebugMode
        "enabledebug",   // EnableDebug
        "debugenabled",  // DebugEnabled
        "templatedebug", // TEMPLATE_DEBUG (Django)
        "phpdebug",      // PHP_DEBUG
        "nodedebug",     // NODE_DEBUG used as a switch
    ];

    /// <summary>Values that turn a switch on.</summary>
    public static readonly string[] TruthyValues = ["true", "1", "yes", "on", "y", "enabled"];

    /// <summary>Environment-name variables (BG3002) across ASP.NET Core and the stacks that sit beside it.</summary>
    public static readonly string[] EnvironmentKeys =
    [
        "aspnetcoreenvironment", // ASPNETCORE_ENVIRONMENT: picks appsettings.{Env}.json and the developer exception page
        "dotnetenvironment",     // DOTNET_ENVIRONMENT: the generic host's equivalent
        "environment",           // ENVIRONMENT / Environment
        "environmentname",       // EnvironmentName
        "appenv",                // APP_ENV (Laravel, Symfony)
        "appenvironment",        // APP_ENVIRONMENT
        "nodeenv",               // NODE_ENV
        "railsenv",              // RAILS_ENV
        "rackenv",               // RACK_ENV
        "flaskenv",              // FLASK_ENV
        "djangoenv",             // DJANGO_ENV
        "mixenv",                // MIX_ENV (Elixir)
        "env",                   // ENV
    ];

    /// <summary>Environment names that mean "a developer's machine".</summary>
    public static readonly string[] DevelopmentValues = ["development", "dev", "local", "debug"];

    /// <summary>Words that make a key a list of allowed CORS origins (BG4001) when it also names "origin".</summary>
    public static readonly string[] CorsMarkers = ["cors", "allowed", "allow", "accesscontrol"];
}
