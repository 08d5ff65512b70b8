namespace BuildGuard.Core.Discovery;

/// <summary>Finds the files BuildGuard reads under a root (and .env*/.gitignore up to the repository root).</summary>
public static class FileDiscovery
{
    public static DiscoveryResult Discover(string rootDirectory)
    {
        return new DiscoveryResult([], [], null);
    }
}
