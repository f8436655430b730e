using Classifier.Core.Lists;

namespace Classifier.Core.Tests.Lists;

public sealed class ListWriterLossTests
{
    private const string Head = "# Top CV Papers in April 2024\n\n<h4>1. Image Recognition</h4>\n\n| Title | Project | Summary |\n| --- | --- | --- |\n";

    [Fact]
    public void Render_WhenATableHasAnEmptyRow_LeavesTheTitleAndTheRowAlone()
    {
        var source = Head + "| [A](https://arxiv.org/abs/2404.00001) | -- | sum a |\n||\n| [B](https://arxiv.org/abs/2404.00002) | -- | sum b |\n";

        var written = ListWriter.Render(ListParser.Parse(source, "list.md"));

        Assert.Equal(source, written);
    }

    [Fact]
    public void Render_WhenARowHasFiveCells_KeepsItAsWrittenRatherThanDropCells()
    {
        var source = Head + "| [B](https://arxiv.org/abs/2404.00002) | -- | sum b | extra | more |\n";

        var written = ListWriter.Render(ListParser.Parse(source, "list.md"));

        Assert.Equal(source, written);
    }

    [Fact]
    public void Render_WhenAFourCellRowDropsOnlyAnEmptyCell_StillRepairsIt()
    {
        var source = Head + "| [B](https://arxiv.org/abs/2404.00002) |  | -- | sum b |\n";

        var written = ListWriter.Render(ListParser.Parse(source, "list.md"));

        Assert.EndsWith("| [B](https://arxiv.org/abs/2404.00002) | -- | sum b |\n", written);
    }

    [Fact]
    public void Render_WithWindowsLineEndings_KeepsThemOnRepairedRows()
    {
        var source = (Head + "| [B](https://arxiv.org/abs/2404.00002) |  | -- | sum b |\n").Replace("\n", "\r\n");

        var written = ListWriter.Render(ListParser.Parse(source, "list.md"));

        Assert.Equal(source.Split("\r\n").Length, written.Split("\r\n").Length);
        Assert.DoesNotContain("\n", written.Replace("\r\n", ""));
    }
}
