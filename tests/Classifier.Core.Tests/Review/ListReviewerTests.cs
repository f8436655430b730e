using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Review;

public sealed class ListReviewerTests
{
    [Fact]
    public void Review_PutsMisfilesAfterStructuralFindingsOfTheSameSeverityAndKeepsTheirOrder()
    {
        var path = TestData.PathOf("small-list.md");
        Finding Misfile(string id, double score) =>
            new("misfile", Severity.Warning, new SourceLocation(path, 1), id, "move it", score, id, Taxonomy.ByNumber(4));

        var review = ListReviewer.Review(path, [], _ => [Misfile("first", 0.9), Misfile("second", 0.5)]);

        var warnings = review.Findings.Where(f => f.Severity == Severity.Warning).ToList();
        Assert.True(review.CheckedMisfiles);
        Assert.Equal(["first", "second"], warnings.Where(f => f.RuleId == "misfile").Select(f => f.PaperId));
        Assert.Equal("row-split", warnings[0].RuleId);
        Assert.Equal("misfile", warnings[^1].RuleId);
        Assert.Equal(review.Findings.OrderByDescending(f => f.Severity).Select(f => f.Severity), review.Findings.Select(f => f.Severity));
    }

    [Fact]
    public void Review_WithoutMisfileFinder_SaysMisfilesWereNotChecked()
    {
        var review = ListReviewer.Review(TestData.PathOf("small-list.md"), [], findMisfiles: null);

        Assert.False(review.CheckedMisfiles);
        Assert.DoesNotContain(review.Findings, f => f.RuleId == "misfile");
    }
}
