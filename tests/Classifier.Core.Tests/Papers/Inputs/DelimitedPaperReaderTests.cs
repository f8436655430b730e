using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Papers.Inputs;

public sealed class DelimitedPaperReaderTests
{
    [Fact]
    public void Read_WhenHeaderCaseDiffers_ReadsTitleSummaryAndId()
    {
        var papers = DelimitedPaperReader.Csv.Read(TestData.PathOf("Inputs/papers.csv")).ToList();

        Assert.Equal(3, papers.Count);
        Assert.Equal("Your Diffusion Model is Secretly a Zero-Shot Classifier", papers[0].Title);
        Assert.StartsWith("Density estimates from diffusion models,", papers[0].Summary);
        Assert.Equal("2303.16203", papers[0].ArxivId);
        Assert.Equal("", papers[2].Summary);
        Assert.Null(papers[2].ArxivId);
    }

    [Fact]
    public void Read_WhenRecordSpansLines_LocatesItAtItsFirstLine()
    {
        var papers = DelimitedPaperReader.Csv.Read(TestData.PathOf("Inputs/papers.csv")).ToList();

        Assert.Equal([2, 3, 5], papers.Select(p => p.Source.Line));
        Assert.Equal("2304.02643", papers[1].ArxivId);
        Assert.Contains("\n", papers[1].Summary);
    }

    [Fact]
    public void Read_WhenTabSeparated_ReadsWithoutId()
    {
        var papers = DelimitedPaperReader.Tsv.Read(TestData.PathOf("Inputs/papers.tsv")).ToList();

        Assert.Equal(["Zero-1-to-3", "DreamBooth"], papers.Select(p => p.Title));
        Assert.Equal("Subject-driven generation.", papers[1].Summary);
    }

    [Fact]
    public void Read_WhenTitleColumnIsMissing_ThrowsNamingLineOne()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("no-title.csv", "name,summary\nA,B\n");

        var error = Assert.Throws<InputException>(() => DelimitedPaperReader.Csv.Read(path).ToList());

        Assert.Equal(1, error.Line);
        Assert.Equal($"{path}:1: the header has no 'title' column (found: name, summary)", error.Message);
    }

    [Fact]
    public void Read_WhenTitleIsEmpty_ThrowsNamingTheRecordLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("empty-title.csv", "title,summary\nA,first\n  ,second\n");

        var papers = DelimitedPaperReader.Csv.Read(path);

        var error = Assert.Throws<InputException>(() => papers.ToList());
        Assert.Equal(3, error.Line);
        Assert.Contains("title is empty", error.Message);
    }

    [Fact]
    public void Read_WhenRecordIsShort_ThrowsNamingTheRecordLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("short.csv", "title,summary,id\nA,first,1\nB\n");

        var error = Assert.Throws<InputException>(() => DelimitedPaperReader.Csv.Read(path).ToList());

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Read_WhenFileIsEmpty_ThrowsAskingForAHeader()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("empty.csv", "");

        var error = Assert.Throws<InputException>(() => DelimitedPaperReader.Csv.Read(path).ToList());

        Assert.Contains("header", error.Reason);
    }
}
