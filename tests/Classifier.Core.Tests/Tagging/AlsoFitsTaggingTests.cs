using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Learning;

namespace Classifier.Core.Tests.Tagging;

public sealed class AlsoFitsTaggingTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>
{
    private static readonly Paper Between = new() { Title = "video segmentation mask tracking", Summary = "" };

    [Fact]
    public void Tag_WhenTheSecondCategoryIsWithinTheMargin_NamesItAsAlsoFitting()
    {
        var bundle = fixture.Bundle with { Metadata = fixture.Bundle.Metadata with { AlsoFits = new AlsoFitsMargin(1.0, 1, 0.5, 0.5) } };

        var result = new PaperTagger(bundle).Tag([Between]).Single();

        Assert.NotNull(result.AlsoFits);
        Assert.Equal(result.Ranked[1], result.AlsoFits);
        Assert.NotEqual(result.Proposed, result.AlsoFits.Category);
    }

    [Fact]
    public void Tag_WithoutAMargin_NamesNoSecondCategory()
    {
        var bundle = fixture.Bundle with { Metadata = fixture.Bundle.Metadata with { AlsoFits = null } };

        var result = new PaperTagger(bundle).Tag([Between]).Single();

        Assert.Null(result.AlsoFits);
    }
}
