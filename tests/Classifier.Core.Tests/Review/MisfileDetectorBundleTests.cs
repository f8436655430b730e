using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Tests.Learning;

namespace Classifier.Core.Tests.Review;

public sealed class MisfileDetectorBundleTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>
{
    [Fact]
    public void Detect_WithABundle_FlagsATrainingPaperMovedToAnotherCategory()
    {
        var papers = fixture.Months[1].Papers.ToList();
        var surest = fixture.Bundle.OutOfFold.Where(r => papers.Any(p => p.Id == r.PaperId)).MaxBy(r => r.Probabilities.Max())!;
        var index = papers.FindIndex(p => p.Id == surest.PaperId);
        var original = papers[index];
        papers[index] = original with { Category = Taxonomy.ByNumber(original.Category!.Number % 9 + 1) };

        var findings = MisfileDetector.Detect(fixture.Bundle, papers);

        var finding = Assert.Single(findings, f => f.PaperId == original.Id);
        Assert.Equal(original.Category, finding.ProposedCategory);
        Assert.Equal(original.Source, finding.Location);
    }

    [Fact]
    public void Detect_WithABundle_ScoresPapersOutsideTheTrainingData()
    {
        Paper misfiled = new()
        {
            Title = "nerf reconstruction of a mesh for novel-view relighting",
            Summary = "super-resolution reconstruction with nerf",
            Category = Taxonomy.ByNumber(5),
            Source = new SourceLocation("new.md", 12),
        };

        var findings = MisfileDetector.Detect(fixture.Bundle, [misfiled]);

        var finding = Assert.Single(findings);
        Assert.Equal(8, finding.ProposedCategory?.Number);
        Assert.Equal(new SourceLocation("new.md", 12), finding.Location);
    }
}
