using Classifier.Core.Drafting;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using static Classifier.Core.Tests.Drafting.DraftSamples;

namespace Classifier.Core.Tests.Drafting;

public sealed class DoubtRuleTests
{
    [Fact]
    public void Find_WhenTheRunnerUpIsClose_NamesItWithBothProbabilities()
    {
        var doubt = DoubtRule.Find(Result("2310.15008", "Wonder3D", 7, 0.56, second: 8, p2: 0.38));

        Assert.Equal(new Doubt(Taxonomy.ByNumber(8), 0.56, 0.38), doubt);
    }

    [Fact]
    public void Find_WhenTheRunnerUpIsFarBehindOrUnlikely_IsNull()
    {
        Assert.Null(DoubtRule.Find(Result("2310.07704", "Ferret", 1, 0.60, second: 4, p2: 0.60 - DoubtRule.MaxMargin - 0.01)));
        Assert.Null(DoubtRule.Find(Result("2310.07704", "Ferret", 1, 0.20, second: 4, p2: DoubtRule.MinSecond - 0.01)));
    }

    [Fact]
    public void Find_SkipsOutOfScope_WhichIsNoPlaceToFile()
    {
        var result = new TagResult(
            new Paper { Title = "A paper" },
            [new(Taxonomy.ByNumber(1), 0.45), new(Taxonomy.OutOfScope, 0.40), new(Taxonomy.ByNumber(2), 0.10)],
            NoCategoryFits: false,
            []);

        Assert.Null(DoubtRule.Find(result));
    }
}
