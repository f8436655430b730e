using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Papers.Inputs;

public sealed class JsonLinesPaperReaderTests
{
    [Fact]
    public void Read_SkipsBlankLinesAndKeepsLineNumbers()
    {
        var papers = JsonLinesPaperReader.Instance.Read(TestData.PathOf("Inputs/papers.jsonl")).ToList();

        Assert.Equal(["Your Diffusion Model is Secretly a Zero-Shot Classifier", "Segment Anything"], papers.Select(p => p.Title));
        Assert.Equal([1, 3], papers.Select(p => p.Source.Line));
        Assert.Equal("2303.16203", papers[0].ArxivId);
        Assert.Equal("Promptable segmentation.", papers[1].Summary);
    }

    [Fact]
    public void Read_WhenALineIsNotJson_ThrowsNamingThatLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bad.jsonl", "{\"title\":\"A\"}\n{\"title\": \"B\",\n");

        var error = Assert.Throws<InputException>(() => JsonLinesPaperReader.Instance.Read(path).ToList());

        Assert.Equal(2, error.Line);
        Assert.StartsWith($"{path}:2: not a valid JSON object", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Read_WhenTitleIsMissing_ThrowsNamingThatLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("untitled.jsonl", "{\"summary\":\"no title\"}\n");

        var error = Assert.Throws<InputException>(() => JsonLinesPaperReader.Instance.Read(path).ToList());

        Assert.Equal(1, error.Line);
        Assert.Contains("title", error.Reason);
    }

    [Fact]
    public void Read_IsLazy_YieldsTheFirstPaperBeforeReadingABadLaterLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("late-error.jsonl", "{\"title\":\"A\"}\nnot json\n");

        using var papers = JsonLinesPaperReader.Instance.Read(path).GetEnumerator();

        Assert.True(papers.MoveNext());
        Assert.Equal("A", papers.Current.Title);
        Assert.Throws<InputException>(() => papers.MoveNext());
    }
}
