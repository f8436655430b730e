using Classifier.Core.Drafting;
using Classifier.Core.Papers;
using static Classifier.Core.Tests.Drafting.DraftSamples;

namespace Classifier.Core.Tests.Drafting;

public sealed class DoubtRuleTests
{
    [Fact]
    public void Find_WhenTheModelSaysASecondCategoryAlsoFits_NamesItWithBothProbabilities()
    {
        var doubt = DoubtRule.Find(Result("2310.15008", "Wonder3D", 7, 0.56, second: 8, p2: 0.38, alsoFits: true));

        Assert.Equal(new Doubt(Taxonomy.ByNumber(8), 0.56, 0.38), doubt);
    }

    [Fact]
    public void Find_WhenTheModelIsNotInDoubt_IsNullHoweverCloseTheRunnerUp()
    {
        var doubt = DoubtRule.Find(Result("2310.07704", "Ferret", 1, 0.50, second: 4, p2: 0.45));

        Assert.Null(doubt);
    }
}
