using BuildGuard.Core.Model;

namespace BuildGuard.Core.Engine;

/// <summary>The one entry point both hosts call: discover (unless the host did), parse, judge.</summary>
public static class Scanner
{
    public static ScanResult Scan(ScanRequest request)
    {
        // Implemented in the engine slice; hosts may already depend on this signature.
        return new ScanResult([], [], []);
    }
}
