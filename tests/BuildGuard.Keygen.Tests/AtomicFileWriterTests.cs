using BuildGuard.Cli.Keygen;
using BuildGuard.Keygen.Tests.Infrastructure;

namespace BuildGuard.Keygen.Tests;

public class AtomicFileWriterTests
{
    private static string[] Leftovers(string directory) => Directory.GetFiles(directory, "*.tmp");

    [Fact]
    public void Writes_a_new_file_owner_only_on_posix()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, ".env");

        new AtomicFileWriter().Write(path, "A=1\n"u8.ToArray(), AtomicFileWriter.OwnerOnly);

        Assert.Equal("A=1\n", File.ReadAllText(path));
        Assert.Empty(Leftovers(dir.Path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(AtomicFileWriter.OwnerOnly, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Replaces_an_existing_file_and_keeps_its_mode_when_none_is_given()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("App.csproj", "old");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }

        new AtomicFileWriter().Write(path, "new"u8.ToArray());

        Assert.Equal("new", File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(mode, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void A_read_only_file_is_refused_and_left_intact()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(".env", "A=original\n");
        MakeReadOnly(path);

        var error = Assert.Throws<AtomicWriteException>(() => new AtomicFileWriter().Write(path, "A=new\n"u8.ToArray(), AtomicFileWriter.OwnerOnly));

        Assert.Contains("read-only", error.Message);
        Assert.Equal("A=original\n", File.ReadAllText(path));
        Assert.Empty(Leftovers(dir.Path));
    }

    [Fact]
    public void A_crash_before_the_rename_leaves_the_original_and_no_temp_file()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(".env", "A=original\n");
        string? tempSeen = null;
        var writer = new AtomicFileWriter((temp, _) =>
        {
            tempSeen = temp;
            Assert.Equal("A=new\n", File.ReadAllText(temp)); // the new content was complete and flushed before the rename
            Assert.Equal(Path.GetDirectoryName(path), Path.GetDirectoryName(temp)); // same folder: the rename is atomic
            throw new IOException("simulated crash during rename");
        });

        var error = Assert.Throws<AtomicWriteException>(() => writer.Write(path, "A=new\n"u8.ToArray(), AtomicFileWriter.OwnerOnly));

        Assert.Contains("left unchanged", error.Message);
        Assert.Equal("A=original\n", File.ReadAllText(path));
        Assert.NotNull(tempSeen);
        Assert.False(File.Exists(tempSeen));
        Assert.Empty(Leftovers(dir.Path));
    }

    [Fact]
    public void A_locked_target_is_reported_as_locked()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(".env", "A=original\n");
        var sharingViolation = new IOException("The process cannot access the file because it is being used by another process.", unchecked((int)0x80070020));
        var writer = new AtomicFileWriter((_, _) => throw sharingViolation);

        var error = Assert.Throws<AtomicWriteException>(() => writer.Write(path, "A=new\n"u8.ToArray()));

        Assert.Contains("locked", error.Message);
        Assert.Equal("A=original\n", File.ReadAllText(path));
        Assert.Empty(Leftovers(dir.Path));
    }

    internal static void MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }
}
