namespace BuildGuard.Cli.Keygen;

/// <summary>A write that did not happen: the target is as it was, and the message says why (no file content in it).</summary>
internal sealed class AtomicWriteException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>
/// Replaces a file all at once: the new content goes to a temporary file in the same directory, is flushed
/// to disk, gets its final permissions and is then renamed over the target. Readers see the old file or
/// the new one, never half of either; on any failure the temporary file is deleted and the target left
/// exactly as it was.
/// </summary>
internal sealed class AtomicFileWriter
{
    /// <summary>Owner read/write only: for files that hold secrets.</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly Action<string, string> _move;

    /// <param name="move">Renames the temporary file over the target; tests pass one that fails.</param>
    public AtomicFileWriter(Action<string, string>? move = null)
    {
        _move = move ?? ((temp, target) => File.Move(temp, target, overwrite: true));
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/>. On POSIX the file ends with
    /// <paramref name="mode"/> (null: the existing file's mode, or 0644 minus the umask for a new one).
    /// A target the user made read-only is refused, even when the process could write it (root).
    /// </summary>
    /// <exception cref="AtomicWriteException">Nothing was changed.</exception>
    public void Write(string path, byte[] content, UnixFileMode? mode = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var name = Path.GetFileName(path);
        var existing = new FileInfo(path);
        if (existing.Exists && IsReadOnly(existing))
        {
            throw new AtomicWriteException($"'{path}' is read-only; make it writable (chmod u+w / clear the read-only attribute) and run again.");
        }

        if (!OperatingSystem.IsWindows() && mode is null && existing.Exists)
        {
            mode = File.GetUnixFileMode(path);
        }

        var temp = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly; // never readable by others, even for a moment
            }

            using (var stream = new FileStream(temp, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && mode is { } finalMode)
            {
                File.SetUnixFileMode(temp, finalMode);
            }

            _move(temp, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temp);
            throw new AtomicWriteException($"could not write '{path}' ({Describe(ex)}); the file was left unchanged.", ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Windows' read-only attribute; on POSIX a file without the owner's write permission.</summary>
    public static bool IsReadOnly(FileInfo file) =>
        OperatingSystem.IsWindows()
            ? file.Attributes.HasFlag(FileAttributes.ReadOnly)
            : (File.GetUnixFileMode(file.FullName) & UnixFileMode.UserWrite) == 0;

    private static string Describe(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "access denied",
        IOException { HResult: var code } when (code & 0xFFFF) is 32 or 33 => "it is locked by another process",
        _ => ex.Message,
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
