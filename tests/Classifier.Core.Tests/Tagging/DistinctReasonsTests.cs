using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Tagging;

public sealed class DistinctReasonsTests
{
    [Fact]
    public void Pick_SkipsNgramsInsideOrAroundAStrongerOneOfTheSameField()
    {
        var ranked = Reasons("title: \"segme\"", "title: \"segm\"", "title: visual", "title: \"_vis\"", "title: \"egm\"", "summary: visual", "title: masks");

        var picked = DistinctReasons.Pick(ranked, 4);

        Assert.Equal(["title: \"segme\"", "title: visual", "summary: visual", "title: masks"], picked.Select(r => r.Ngram));
    }

    [Fact]
    public void Pick_KeepsTheOrderAndStopsAtTheCount()
    {
        var ranked = Reasons("title: diffusion", "title: diffusion models", "title: editing", "title: video", "title: text");

        var picked = DistinctReasons.Pick(ranked, 2);

        Assert.Equal(["title: diffusion", "title: editing"], picked.Select(r => r.Ngram));
    }

    private static List<NgramContribution> Reasons(params string[] ngrams) =>
        ngrams.Select((n, i) => new NgramContribution(n, ngrams.Length - i)).ToList();
}
