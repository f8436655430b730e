using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Papers.Inputs;

public sealed class AtomPaperReaderTests
{
    [Fact]
    public void Read_WhenArxivFeed_ReadsEntriesWithIdsWithoutVersion()
    {
        var papers = AtomPaperReader.Instance.Read(TestData.PathOf("Inputs/arxiv.atom")).ToList();

        Assert.Equal(["2303.16203", "2304.02643"], papers.Select(p => p.ArxivId));
        Assert.Equal("Your Diffusion Model is Secretly a Zero-Shot Classifier", papers[0].Title);
        Assert.StartsWith("The recent wave of large-scale text-to-image diffusion models has dramatically", papers[0].Summary);
        Assert.Equal([7, 19], papers.Select(p => p.Source.Line));
    }

    [Fact]
    public void Read_WhenApiReturnsAnError_ThrowsWithTheApiMessage()
    {
        var error = Assert.Throws<InputException>(() => AtomPaperReader.Instance.Read(TestData.PathOf("Inputs/arxiv-error.atom")).ToList());

        Assert.Equal(6, error.Line);
        Assert.Contains("incorrect id format for 1234.12345", error.Reason);
    }

    [Fact]
    public void Read_WhenXmlIsMalformed_ThrowsNamingTheLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bad.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>A</title>\n</feed>\n");

        var error = Assert.Throws<InputException>(() => AtomPaperReader.Instance.Read(path).ToList());

        Assert.Equal(3, error.Line);
        Assert.DoesNotContain('\n', error.Message);
    }
}
