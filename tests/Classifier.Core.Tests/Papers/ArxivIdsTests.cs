using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Papers;

public sealed class ArxivIdsTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2303.16203", "2303.16203")]
    [InlineData("https://arxiv.org/pdf/2303.04803.pdf", "2303.04803")]
    [InlineData("https://diffusion-classifier.github.io/2303.16203", null)]
    public void FromLink_ReadsOnlyArxivLinks(string url, string? expected)
    {
        Assert.Equal(expected, ArxivIds.FromLink(url));
    }

    [Theory]
    [InlineData("http://arxiv.org/abs/2303.16203v2", "2303.16203")]
    [InlineData("arXiv:2306.14544", "2306.14544")]
    [InlineData("12303.16203", null)]
    public void FromText_FindsBareIdsAndDropsTheVersion(string text, string? expected)
    {
        Assert.Equal(expected, ArxivIds.FromText(text));
    }

    [Fact]
    public void FromTextOrKeep_WhenNoIdIsNamed_KeepsTheTrimmedText()
    {
        Assert.Equal("paper-17", ArxivIds.FromTextOrKeep(" paper-17 "));
        Assert.Null(ArxivIds.FromTextOrKeep("  "));
    }
}
