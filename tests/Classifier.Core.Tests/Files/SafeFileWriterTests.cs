using Classifier.Core.Files;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Files;

public sealed class SafeFileWriterTests
{
    [Fact]
    public void Write_WhenAskedForBackup_KeepsTheOldContentBeside()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "old");

        SafeFileWriter.WriteAllText(path, "new", keepBackup: true);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal("old", File.ReadAllText(path + ".bak"));
        Assert.Equal(["list.md", "list.md.bak"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Write_WhenTheWriterFails_LeavesTheTargetAndNoTempFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "old");

        Assert.Throws<InvalidOperationException>(() =>
            SafeFileWriter.Write(path, writer => { writer.Write("half"); throw new InvalidOperationException(); }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["list.md"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_WhenTargetIsNew_CreatesItWithoutBackup()
    {
        using var temp = new TempDirectory();
        var path = temp.PathOf("report.html");

        SafeFileWriter.WriteAllText(path, "<html/>", keepBackup: true);

        Assert.Equal("<html/>", File.ReadAllText(path));
        Assert.False(File.Exists(path + ".bak"));
    }
}
