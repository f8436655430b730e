using System.Text;
using Classifier.Core.Lists;
using Classifier.Core.Review;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Lists;

public sealed class ListFileReaderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_WhenFileIsBinary_ThrowsNamingTheLineOfTheNulByte()
    {
        var path = _folder.Write("binary.md", [.. "# Title\nabc\n"u8, 0, 1, 2, .. "\nmore"u8]);

        var error = Assert.Throws<ListReadException>(() => ListParser.Read(path));

        Assert.Equal(3, error.Line);
        Assert.Equal($"{path}:3: binary content (a NUL byte), not a Markdown list", error.Message);
    }

    [Fact]
    public void Read_WhenTextIsNotUtf8_ThrowsNamingTheLine()
    {
        var path = _folder.Write("latin1.md", Encoding.Latin1.GetBytes("# Top CV Papers\n\n| [Caf\u00e9](x) | -- | |\n"));

        var error = Assert.Throws<ListReadException>(() => ListParser.Read(path));

        Assert.Equal(3, error.Line);
        Assert.Contains("not valid UTF-8 (byte 0xE9", error.Message);
    }

    [Fact]
    public void Read_When50MegabyteFile_RefusesItWithoutReadingIt()
    {
        var path = _folder.PathOf("huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var error = Assert.Throws<ListReadException>(() => ListParser.Read(path));

        Assert.Equal($"{path}: file is 50.0 MB; lists over 5 MB are refused", error.Message);
    }

    [Fact]
    public void Read_WhenFileIsMissing_ThrowsWithTheFileName()
    {
        var error = Assert.Throws<ListReadException>(() => ListParser.Read(_folder.PathOf("absent.md")));

        Assert.EndsWith("absent.md: file not found", error.Message);
    }

    [Fact]
    public void Read_WhenPathIsAFolder_SaysSo()
    {
        var error = Assert.Throws<ListReadException>(() => ListParser.Read(_folder.Path));

        Assert.EndsWith(": a folder, not a list file", error.Message);
    }

    [Fact]
    public void Read_WhenFileHasUtf8Bom_ReadsTheTitle()
    {
        var path = _folder.Write("bom.md", [0xEF, 0xBB, 0xBF, .. "# Top Computer Vision Papers in May 2023\n"u8]);

        var list = ListParser.Read(path);

        Assert.Equal("Top Computer Vision Papers in May 2023", list.Title);
    }

    [Fact]
    public void Review_WhenFileIsEmpty_ReportsNoPapersAtLineOne()
    {
        var list = ListParser.Read(_folder.Write("empty.md", []));

        var finding = Assert.Single(new StructuralReviewer().Review(list));

        Assert.Equal(("no-papers", 1), (finding.RuleId, finding.Location.Line));
        Assert.Equal("No papers: the file is empty.", finding.Message);
    }
}
