using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Tagging;

public sealed class OutOfScopeThresholdTests
{
    // Slot 0 is a category, slot 1 out of scope.
    private static float[] P(float outOfScope) => [1 - outOfScope, outOfScope];

    [Fact]
    public void Choose_KeepsInScopeAbstentionsWithinTheBudgetAndCatchesOutOfScopeAboveIt()
    {
        float[][] calibrated = [P(0.05f), P(0.1f), P(0.2f), P(0.3f), P(0.4f), P(0.6f), P(0.35f), P(0.45f), P(0.25f), P(0.1f)];
        int[] actual = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];

        var threshold = OutOfScopeThreshold.Choose(calibrated, actual, outOfScope: 1, maxInScopeShare: 0.2);

        // One of five in-scope papers may abstain: p=0.4 does, p=0.3 and below do not.
        Assert.Equal(0.3, threshold.Value, 5);
        Assert.Equal(new AbstainShares(5, 1, 5, 3), threshold.Abstention);
        Assert.True(threshold.Abstains(P(0.31f)));
        Assert.False(threshold.Abstains(P(0.3f)));
    }

    [Fact]
    public void Choose_CountsPapersWhoseTopOutcomeIsOutOfScopeAgainstTheBudget()
    {
        float[][] calibrated = [P(0.7f), P(0.2f), P(0.1f), P(0.9f)];
        int[] actual = [0, 0, 0, 1];

        var threshold = OutOfScopeThreshold.Choose(calibrated, actual, outOfScope: 1, maxInScopeShare: 0.34);

        Assert.Equal(0.2, threshold.Value, 5);
        Assert.Equal(1, threshold.Abstention!.InScopeAbstained);
    }
}
