using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Tagging;

public sealed class AlsoFitsCalibratorTests
{
    private static readonly IReadOnlyList<string> Labels = ["Image Recognition", "Image Segmentation", "Video Analysis", Taxonomy.OutOfScope.Name];

    [Fact]
    public void Choose_WhenTheSecondChoiceIsOftenRightAtNarrowGaps_NamesItBelowThatGap()
    {
        // Close calls (gap 0.05) are right half the time in second place; clear ones (gap 0.6) are always right first.
        var close = Enumerable.Range(0, 20).Select(i => (P: new[] { 0.45f, 0.40f, 0.1f, 0.05f }, Actual: i % 2)).ToList();
        var clear = Enumerable.Range(0, 60).Select(_ => (P: new[] { 0.75f, 0.15f, 0.05f, 0.05f }, Actual: 0)).ToList();
        var rows = close.Concat(clear).ToList();

        var margin = AlsoFitsCalibrator.Choose([.. rows.Select(r => r.P)], [.. rows.Select(r => r.Actual)], Labels);

        Assert.NotNull(margin);
        Assert.True(margin.AlsoFits(0.45, 0.40));
        Assert.False(margin.AlsoFits(0.75, 0.15));
        Assert.Equal(0.5, margin.SecondRight, 3);
    }

    [Fact]
    public void Choose_WhenTheSecondChoiceIsNeverRight_NamesNothing()
    {
        var rows = Enumerable.Range(0, 30).Select(_ => new[] { 0.45f, 0.40f, 0.1f, 0.05f }).ToList();

        var margin = AlsoFitsCalibrator.Choose(rows, [.. rows.Select(_ => 0)], Labels);

        Assert.Null(margin);
    }

    [Fact]
    public void Choose_CountsAPaperListedUnderBothCategoriesAsRightInSecondPlace()
    {
        var rows = Enumerable.Range(0, 20).Select(_ => new[] { 0.45f, 0.40f, 0.1f, 0.05f }).ToList();
        IReadOnlyList<IReadOnlyCollection<int>> alsoListed = [.. rows.Select(_ => (IReadOnlyCollection<int>)[1])];

        var margin = AlsoFitsCalibrator.Choose(rows, [.. rows.Select(_ => 0)], Labels, alsoListed);

        Assert.NotNull(margin);
        Assert.Equal(1.0, margin.SecondRight, 3);
    }

    [Fact]
    public void TopTwo_LeavesOutTheOutOfScopeSlot()
    {
        Assert.Equal((2, 0), AlsoFitsCalibrator.TopTwo([0.2f, 0.1f, 0.3f, 0.4f], outOfScope: 3));
    }
}
