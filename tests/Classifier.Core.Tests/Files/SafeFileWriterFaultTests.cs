using System.Text;
using Classifier.Core.Files;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Files;

public sealed class SafeFileWriterFaultTests
{
    [Theory]
    [InlineData(WriteStep.TempWritten)]
    [InlineData(WriteStep.BackupWritten)]
    public void Write_WhenItCrashesBeforeTheRename_LeavesTheOldFileAndNoTemp(WriteStep crashAfter)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "old");

        Assert.Throws<IOException>(() => SafeFileWriter.WriteAllText(path, "new", keepBackup: true, CrashingAfter(crashAfter)));

        Assert.Equal("old", File.ReadAllText(path));
        var left = Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(crashAfter == WriteStep.BackupWritten ? ["list.md", "list.md.bak"] : ["list.md"], left);
        Assert.All(left, name => Assert.Equal("old", File.ReadAllText(temp.PathOf(name!))));
    }

    [Fact]
    public void Write_WhenItCrashesAfterTheRename_HasTheNewFileAndTheOriginalInTheBackup()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "old");

        Assert.Throws<IOException>(() => SafeFileWriter.WriteAllText(path, "new", keepBackup: true, CrashingAfter(WriteStep.Replaced)));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal("old", File.ReadAllText(path + ".bak"));
    }

    [Fact]
    public void Write_WhenABackupExists_NumbersTheNextAndKeepsTheOriginal()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "original");

        var first = SafeFileWriter.WriteAllText(path, "second", keepBackup: true);
        var second = SafeFileWriter.WriteAllText(path, "third", keepBackup: true);
        var third = SafeFileWriter.WriteAllText(path, "fourth", keepBackup: true);

        Assert.Equal(new[] { path + ".bak", path + ".bak.1", path + ".bak.2" }, new[] { first!, second!, third! });
        Assert.Equal("original", File.ReadAllText(path + ".bak"));
        Assert.Equal("second", File.ReadAllText(path + ".bak.1"));
        Assert.Equal("third", File.ReadAllText(path + ".bak.2"));
    }

    [Fact]
    public void Write_WhenTheFileHasAByteOrderMark_KeepsIt()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", [0xEF, 0xBB, 0xBF, (byte)'o', (byte)'l', (byte)'d']);

        SafeFileWriter.WriteAllText(path, "new");

        Assert.Equal([0xEF, 0xBB, 0xBF, .. "new"u8.ToArray()], File.ReadAllBytes(path));
    }

    [Fact]
    public void Write_WhenTheFileHasNoByteOrderMark_AddsNone()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "old");

        SafeFileWriter.WriteAllText(path, "new");

        Assert.Equal(Encoding.UTF8.GetBytes("new"), File.ReadAllBytes(path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Write_OverAPrivateFile_KeepsItsMode()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        SafeFileWriter.WriteAllText(path, "new");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Write_ThroughASymbolicLink_EditsTheTargetAndKeepsTheLink()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.PathOf("real"));
        var target = temp.Write(Path.Combine("real", "list.md"), "old");
        var link = temp.PathOf("link.md");
        File.CreateSymbolicLink(link, target);

        var backup = SafeFileWriter.WriteAllText(link, "new", keepBackup: true);

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(target + ".bak", backup);
    }

    [Fact]
    public void Write_WhenTheDiskIsFull_NamesTheFileNotTheTempAndKeepsTheOld()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "old");

        var error = Assert.Throws<IOException>(() => SafeFileWriter.WriteAllText(path, "new", onStep: step =>
        {
            if (step == WriteStep.TempWritten)
            {
                throw new IOException("No space left on device : '/x/.list.md.0.tmp'");
            }
        }));

        Assert.Equal($"{Path.GetFullPath(path)}: could not write (No space left on device : '/x/.list.md.0.tmp'); the file is as it was", error.Message);
        Assert.Equal("old", File.ReadAllText(path));
    }

    [Fact]
    public void Write_RemovesACrashsTempFilesOlderThanAnHourAndKeepsNewerOnes()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "old");
        var stale = temp.Write(".list.md.0123.tmp", "left by a crash");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - TimeSpan.FromHours(2));
        var fresh = temp.Write(".list.md.4567.tmp", "another writer's");

        SafeFileWriter.WriteAllText(path, "new");

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
    }

    private static Action<WriteStep> CrashingAfter(WriteStep step) =>
        reached => { if (reached == step) { throw new IOException($"injected crash after {step}"); } };
}
