using Classifier.Core.Papers.Inputs;

namespace Classifier.Core.Tests.Papers.Inputs;

public sealed class InputFormatDetectorTests
{
    [Theory]
    [InlineData("in.csv", InputFormat.Csv)]
    [InlineData("in.TSV", InputFormat.Tsv)]
    [InlineData("in.jsonl", InputFormat.JsonLines)]
    [InlineData("in.ndjson", InputFormat.JsonLines)]
    [InlineData("feed.atom", InputFormat.Atom)]
    [InlineData("feed.xml", InputFormat.Atom)]
    [InlineData("Top CV Papers in March 2023.md", InputFormat.MarkdownList)]
    public void Detect_ByExtension(string path, InputFormat expected)
    {
        Assert.Equal(expected, InputFormatDetector.Detect(path));
    }

    [Fact]
    public void Detect_WhenFormatIsGiven_IgnoresTheExtension()
    {
        Assert.Equal(InputFormat.JsonLines, InputFormatDetector.Detect("papers.txt", "jsonl"));
    }

    [Fact]
    public void Detect_WhenExtensionIsUnknown_ThrowsSuggestingTheOverride()
    {
        var error = Assert.Throws<InputException>(() => InputFormatDetector.Detect("papers.txt"));

        Assert.Contains("--input-format", error.Message);
        Assert.Equal("papers.txt", error.File);
    }

    [Fact]
    public void Detect_WhenGivenFormatIsUnknown_Throws()
    {
        Assert.Throws<InputException>(() => InputFormatDetector.Detect("papers.csv", "yaml"));
    }
}
