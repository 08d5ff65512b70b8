using BuildGuard.Core.Views;

namespace BuildGuard.Core.Rules;

internal static class SwitchSettings
{
    /// <summary>
    /// Settings whose switches describe how production runs: the layered configuration, .env files of
    /// the view and production compose files. Build environment variables describe the build machine,
    /// not the deployed app, and compose override/dev files are local-development by convention.
    /// </summary>
    public static IEnumerable<Setting> Of(ScanView view) =>
        view.Settings.Where(s => s.IsLiteral && !s.DevelopmentOnly && s.Origin != SettingOrigin.Environment);
}
