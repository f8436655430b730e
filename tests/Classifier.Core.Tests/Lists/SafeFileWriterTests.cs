using Classifier.Core.Lists;

namespace Classifier.Core.Tests.Lists;

public sealed class SafeFileWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_WhenFileExists_ReplacesItAndKeepsABackup()
    {
        var path = _folder.File("list.md");
        File.WriteAllText(path, "old");

        SafeFileWriter.Write(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal("old", File.ReadAllText(path + ".bak"));
        Assert.Equal(["list.md", "list.md.bak"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Write_WhenFileIsNew_CreatesItWithoutBackup()
    {
        var path = _folder.File("fresh.md");

        SafeFileWriter.Write(path, "text");

        Assert.Equal("text", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder.Path));
    }
}
