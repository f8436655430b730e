using Classifier.Core.Lists;

namespace Classifier.Core.Tests.Lists;

public sealed class RawCellsTests
{
    [Theory]
    [InlineData("| a | b | c |", 3)]
    [InlineData("| a | b | c", 3)]
    [InlineData("|a|  | -- |d|", 4)]
    [InlineData(@"| a \| b | `x|y` | c |", 3)]
    public void Split_CountsTheWrittenCells(string line, int cells)
    {
        Assert.Equal(cells, RawCells.Split(line).Count);
    }

    [Fact]
    public void Split_TrimsEachCell()
    {
        Assert.Equal(["a", "", "--"], RawCells.Split("|a |  | -- |"));
    }
}
