using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Tagging;

public sealed class DistinctReasonsTests
{
    [Fact]
    public void Pick_SkipsNgramsInsideOrAroundAStrongerOneOfTheSameField()
    {
        var ranked = Reasons("TitleFeatures.s|e|g|m|e", "TitleFeatures.s|e|g|m", "TitleFeatures.visual", "TitleFeatures.<␠>|v|i|s", "TitleFeatures.e|g|m", "SummaryFeatures.visual", "TitleFeatures.masks");

        var picked = DistinctReasons.Pick(ranked, 4);

        Assert.Equal(["title: \"segme\"", "title: visual", "summary: visual", "title: masks"], picked.Select(r => r.Ngram));
    }

    [Fact]
    public void Pick_KeepsTheOrderAndStopsAtTheCount()
    {
        var ranked = Reasons("TitleFeatures.diffusion", "TitleFeatures.diffusion|models", "TitleFeatures.editing", "TitleFeatures.video", "TitleFeatures.text");

        var picked = DistinctReasons.Pick(ranked, 2);

        Assert.Equal(["title: diffusion", "title: editing"], picked.Select(r => r.Ngram));
    }

    // Built from slot names the way ScoreExplainer builds them, strongest first.
    private static List<NgramContribution> Reasons(params string[] slotNames) =>
        slotNames.Select((slot, i) => new NgramContribution(SlotNameFormatter.Format(slot), slotNames.Length - i) { OverlapKey = SlotNameFormatter.Key(slot) }).ToList();
}
