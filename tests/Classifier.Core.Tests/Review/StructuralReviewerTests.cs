using Classifier.Core.Lists;
using Classifier.Core.Review;

namespace Classifier.Core.Tests.Review;

public sealed class StructuralReviewerTests
{
    private static readonly IReadOnlyList<MonthlyList> Months =
        [ListParser.Read(RepoData.March), ListParser.Read(RepoData.May), ListParser.Read(RepoData.June)];

    [Fact]
    public void Review_March_FindsExactlyTheKnownFaults()
    {
        var findings = new StructuralReviewer().Review(Months[0], Months);

        string[] expected =
        [
            "toc-target:12", "row-cells:88",
            "other-month:29", "other-month:87", "swapped-links:102", "other-month:105", "row-split:108",
            .. new[] { 27, 28, 68, 70, 71, 84, 89, 92, 93, 95, 101, 102, 103, 104, 105, 106, 107, 118, 119 }.Select(l => $"missing-summary:{l}"),
        ];
        Assert.Equal(expected, findings.Select(f => $"{f.RuleId}:{f.Location.Line}"));
    }

    [Fact]
    public void Review_March_ReportsTheSegmentationLinkLandingOnEditing()
    {
        var finding = new StructuralReviewer().Review(Months[0], Months).Single(f => f.RuleId == "toc-target");

        Assert.Equal("Contents link \"Image Segmentation\" lands on section \"6. Image & Video Editing\".", finding.Message);
    }

    [Theory]
    [InlineData(1, 18)]
    [InlineData(2, 15)]
    public void Review_MayAndJune_FindOnlyMissingSummaries(int month, int missing)
    {
        var findings = new StructuralReviewer().Review(Months[month], Months);

        Assert.All(findings, f => Assert.Equal("missing-summary", f.RuleId));
        Assert.Equal(missing, findings.Count);
    }

    [Fact]
    public void Review_RanksBySeverityThenLine()
    {
        var findings = new StructuralReviewer().Review(ListParser.Read(RepoData.TestData("rows.md")));

        Assert.Equal(findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Location.Line), findings);
        Assert.Equal("row-cells", findings[0].RuleId);
    }
}
