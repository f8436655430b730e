using Classifier.Core.Review.Reports;

namespace Classifier.Core.Tests.Review.Reports;

public sealed class MarkdownFindingsWriterTests
{
    [Fact]
    public void Write_EscapesPipesAndNewlinesInsideCells()
    {
        var output = new StringWriter();

        new MarkdownFindingsWriter().Write([FindingSamples.Misfile, FindingSamples.BrokenLink], output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal(
            "| warning | misfile | data/Top CV Papers, March 2023.md:42 | \"Segment Anything\" is filed under Image Recognition \\| " +
            "but reads as Image Segmentation (p=0.91) | move it to 4. Image Segmentation | 0.91 |",
            lines[2]);
        Assert.Contains("100% broken:<br>the link", lines[3]);
    }

    [Fact]
    public void Write_ShowsControlCharactersOfATitleAsEscapes()
    {
        var output = new StringWriter();
        var hostile = FindingSamples.Misfile with { Message = "'\u001b]0;owned\u0007Segment\u202EAnything' is filed under Image Recognition" };

        new MarkdownFindingsWriter().Write([hostile], output);

        var text = output.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.Contains("'\\\\u001B]0;owned\\\\u0007Segment\\\\u202EAnything'", text);
    }

    [Fact]
    public void Write_WhenNoFindings_SaysSo()
    {
        var output = new StringWriter();

        new MarkdownFindingsWriter().Write([], output);

        Assert.Equal("No findings.", output.ToString().Trim());
    }
}
