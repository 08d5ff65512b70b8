using System.Text;
using BuildGuard.Core.Discovery;
using BuildGuard.Core.Model;

namespace BuildGuard.Core.Engine;

/// <summary>Reads discovered files as text, skipping (with a note) binaries and files over the size limit.</summary>
public static class SourceLoader
{
    private const int BinarySniffBytes = 8000;

    public static IReadOnlyList<SourceFile> Load(IEnumerable<string> paths, string rootDirectory, List<ScanNote> notes, List<Finding> findings)
    {
        var files = new List<SourceFile>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            var (kind, environment) = FileClassifier.Classify(path);
            var role = FileClassifier.RoleOf(path, rootDirectory);
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    continue;
                }

                if (kind == FileKind.Binary)
                {
                    files.Add(new SourceFile(path, kind, environment, string.Empty) { Role = role });
                    continue;
                }

                if (info.LinkTarget is not null && PointsOutsideFiles(info))
                {
                    notes.Add(new ScanNote("BuildGuard: skipped a link to a device or system file.", path));
                    continue;
                }

                // Read at most one byte past the limit: a length can lie (links, /proc-like files).
                var bytes = info.Length > FileDiscovery.MaxFileBytes ? null : ReadCapped(path);
                if (bytes is null)
                {
                    notes.Add(new ScanNote($"BuildGuard: skipped a file over {FileDiscovery.MaxFileBytes / (1024 * 1024)} MiB.", path));
                    continue;
                }

                if (LooksBinary(bytes))
                {
                    if (FileClassifier.IsConfiguration(kind))
                    {
                        notes.Add(new ScanNote("BuildGuard: skipped a binary file.", path));
                    }

                    files.Add(new SourceFile(path, FileKind.Binary, environment, string.Empty) { Role = role });
                    continue;
                }

                files.Add(new SourceFile(path, kind, environment, Decode(bytes)) { Role = role });
            }
            catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && !FileClassifier.IsConfiguration(kind))
            {
                notes.Add(new ScanNote($"BuildGuard: skipped a file it cannot read ({ex.GetType().Name}).", path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                findings.Add(new Finding(RuleCatalog.UnreadableInput, SourceLocation.WholeFile(path),
                    $"{Path.GetFileName(path)} could not be read ({ex.GetType().Name}); BuildGuard did not check it."));
            }
        }

        return files;
    }

    /// <summary>The file's bytes, or null when it holds more than the limit.</summary>
    private static byte[]? ReadCapped(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > FileDiscovery.MaxFileBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A link whose final target is a device or kernel file (/dev/zero, /proc/…), not a file of the project.</summary>
    private static bool PointsOutsideFiles(FileInfo link)
    {
        var target = link.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? string.Empty;
        return target.StartsWith("/dev/", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal) ||
               target.StartsWith("/sys/", StringComparison.Ordinal);
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, BinarySniffBytes);
        var hasUtf16Bom = length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        return !hasUtf16Bom && Array.IndexOf(bytes, (byte)0, 0, length) >= 0;
    }

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
