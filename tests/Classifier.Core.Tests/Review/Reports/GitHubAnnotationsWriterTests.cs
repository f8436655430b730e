using Classifier.Core.Review.Reports;

namespace Classifier.Core.Tests.Review.Reports;

public sealed class GitHubAnnotationsWriterTests
{
    [Fact]
    public void Write_EscapesCommaAndColonInPropertiesOnly()
    {
        var output = new StringWriter();

        new GitHubAnnotationsWriter().Write([FindingSamples.Misfile], output);

        Assert.Equal(
            "::warning file=data/Top CV Papers%2C March 2023.md,line=42,title=misfile::" +
            "\"Segment Anything\" is filed under Image Recognition | but reads as Image Segmentation (p=0.91)" +
            "%0ASuggested fix: move it to 4. Image Segmentation",
            output.ToString().TrimEnd());
    }

    [Fact]
    public void Write_EscapesPercentAndNewlinesInTheMessage()
    {
        var output = new StringWriter();

        new GitHubAnnotationsWriter().Write([FindingSamples.BrokenLink], output);

        Assert.Equal(
            "::error file=list.md,line=12,title=toc-target::100%25 broken:%0Athe link points at \"6. Image & Video Editing\"",
            output.ToString().TrimEnd());
    }

    [Fact]
    public void EscapeProperty_EscapesPercentBeforeTheOthers()
    {
        Assert.Equal("a%25b%3Ac%2Cd%0De%0Af", GitHubAnnotationsWriter.EscapeProperty("a%b:c,d\re\nf"));
    }
}
