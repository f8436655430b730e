using Classifier.Core.Files;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Files;

public sealed class WritableCheckTests
{
    [Fact]
    public void SafeWrite_OverAReadOnlyFile_RefusesAndLeavesIt()
    {
        using var temp = new TempDirectory();
        var list = temp.Write("list.md", "original");
        File.SetAttributes(list, FileAttributes.ReadOnly);

        var error = Assert.Throws<UnauthorizedAccessException>(() => SafeFileWriter.WriteAllText(list, "new", keepBackup: true));

        Assert.Equal($"{list}: the file is read-only; nothing was changed (make it writable and run again)", error.Message);
        Assert.Equal("original", File.ReadAllText(list));
        Assert.False(File.Exists(list + ".bak"));
        Assert.Single(Directory.GetFiles(temp.Path));
        File.SetAttributes(list, FileAttributes.Normal);
    }
}
