using Classifier.Core.Review;

namespace Classifier.Core.Tests.Review.Rules;

public sealed class RowRulesTests
{
    [Fact]
    public void RowCells_FlagsTheFourCellRow()
    {
        var findings = RuleFixture.Review("rows.md", "row-cells");

        Assert.Equal([8], findings.Lines());
        Assert.Equal(Severity.Error, findings[0].Severity);
    }

    [Fact]
    public void RowSplit_FlagsTheRowSplitOverLines()
    {
        var findings = RuleFixture.Review("rows.md", "row-split");

        Assert.Equal([11], findings.Lines());
        Assert.Contains("lines 11-13", findings[0].Message);
    }

    [Fact]
    public void SwappedLinks_FlagsTheRowWithArxivInTheProjectCell()
    {
        var findings = RuleFixture.Review("rows.md", "swapped-links");

        Assert.Equal([9], findings.Lines());
        Assert.Equal("2404.00002", findings[0].PaperId);
    }

    [Fact]
    public void MissingSummary_NotesOnlyTheEmptySummaryAtInfoLevel()
    {
        var findings = RuleFixture.Review("rows.md", "missing-summary");

        Assert.Equal([10], findings.Lines());
        Assert.Equal(Severity.Info, findings[0].Severity);
    }
}
