using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Papers.Inputs;

public sealed class PaperInputReaderTests
{
    [Fact]
    public void Read_WhenInputsMixFormats_ReadsEachByItsExtension()
    {
        var paths = new[] { TestData.PathOf("Inputs/papers.tsv"), TestData.PathOf("small-list.md") };

        var papers = new PaperInputReader().Read(paths).ToList();

        Assert.Equal("Zero-1-to-3", papers[0].Title);
        Assert.Contains(papers, p => p.ArxivId == "2404.04803" && p.Category?.Number == 1);
        Assert.All(papers.Skip(2), p => Assert.EndsWith("small-list.md", p.Source.File));
    }

    [Fact]
    public void Read_WhenFileIsMissing_ThrowsNamingIt()
    {
        var error = Assert.Throws<InputException>(() => new PaperInputReader().Read(["nowhere.jsonl"]).ToList());

        Assert.Equal("nowhere.jsonl: no such file", error.Message);
    }

    [Fact]
    public void Read_WhenFormatIsForced_ReadsAnyExtension()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("papers.txt", "{\"title\":\"Segment Anything\"}\n");

        var papers = new PaperInputReader().Read([path], "jsonl").ToList();

        Assert.Equal("Segment Anything", Assert.Single(papers).Title);
    }

    [Fact]
    public void Read_IsLazy_OpensNothingUntilEnumerated()
    {
        var papers = new PaperInputReader().Read(["nowhere.csv"]);

        Assert.Throws<InputException>(() => papers.First());
    }
}
