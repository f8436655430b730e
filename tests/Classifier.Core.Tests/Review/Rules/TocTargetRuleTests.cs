using Classifier.Core.Review;

namespace Classifier.Core.Tests.Review.Rules;

public sealed class TocTargetRuleTests
{
    private readonly IReadOnlyList<Finding> _findings = RuleFixture.Review("toc.md", "toc-target");

    [Fact]
    public void Check_FlagsOnlyTheMisdirectedAndTheDanglingLinks()
    {
        Assert.Equal([5, 8], _findings.Lines());
    }

    [Fact]
    public void Check_WhenPrefixAndSuffixPointAtAnotherSection_NamesTheSectionAndTheFix()
    {
        var finding = _findings[0];

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("lands on section \"3. Generative Adversarial Networks (GANS)\"", finding.Message);
        Assert.EndsWith("list.md#:~:text=4.%20Image%20Segmentation", finding.SuggestedFix);
    }

    [Fact]
    public void Check_WhenTargetIsNowhere_SaysSo()
    {
        Assert.Contains("resolves to no section", _findings[1].Message);
    }

    [Fact]
    public void Check_WhenTocUsesSlugs_AcceptsCorrectOnes()
    {
        Assert.Empty(RuleFixture.Review("small-list.md", "toc-target"));
    }
}
