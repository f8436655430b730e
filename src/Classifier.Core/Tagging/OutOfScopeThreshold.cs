namespace Classifier.Core.Tagging;

/// <summary>
/// Chooses the "no category fits" rule when the model has an out-of-scope outcome: a paper abstains when out of scope is
/// its top outcome or its calibrated probability of being out of scope is above a threshold; the threshold is the lowest
/// that keeps in-scope abstentions within a budget, so it catches as many out-of-scope papers as that budget allows.
/// </summary>
/// <remarks>
/// Measured on data/ (out of fold): thresholding the top confidence instead caught 72% of out-of-scope papers at 5% of
/// in-scope ones and needed 14% of in-scope ones to reach 80%; p(out of scope) reached 83% at 6%.
/// </remarks>
internal static class OutOfScopeThreshold
{
    public static NoFitThreshold Choose(IReadOnlyList<float[]> calibrated, IReadOnlyList<int> actual, int outOfScope, double maxInScopeShare)
    {
        var inScope = Enumerable.Range(0, actual.Count).Where(i => actual[i] != outOfScope).ToList();
        var byOutcome = inScope.Count(i => Top(calibrated[i]) == outOfScope);
        var others = inScope.Where(i => Top(calibrated[i]) != outOfScope).Select(i => (double)calibrated[i][outOfScope]).OrderDescending().ToList();
        var allowedAbove = (int)Math.Floor(maxInScopeShare * inScope.Count) - byOutcome;
        // Papers strictly above the threshold abstain, so the (k+1)-th largest value lets exactly k (fewer on ties) through.
        var threshold = others.Count == 0 ? 1 : others[Math.Clamp(allowedAbove, 0, others.Count - 1)];
        var shares = Measure(calibrated, actual, outOfScope, threshold);
        var covered = Enumerable.Range(0, actual.Count).Where(i => !Abstains(calibrated[i], outOfScope, threshold)).ToList();
        var accuracy = covered.Count == 0 ? 0 : covered.Count(i => Top(calibrated[i]) == actual[i]) / (double)covered.Count;
        var rule = $"the lowest calibrated p(out of scope) above which at most {maxInScopeShare:0.##} of in-scope papers (out of fold) "
            + "are told \"no category fits\", counting those whose top outcome is out of scope";
        return new NoFitThreshold(threshold, accuracy, actual.Count == 0 ? 0 : (double)covered.Count / actual.Count, accuracy, rule)
        {
            Abstention = shares,
            OutOfScopeLabel = outOfScope,
        };
    }

    /// <summary>The abstention shares at a threshold.</summary>
    public static AbstainShares Measure(IReadOnlyList<float[]> calibrated, IReadOnlyList<int> actual, int outOfScope, double threshold)
    {
        int inScope = 0, inScopeAbstained = 0, outside = 0, outsideAbstained = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            var abstains = Abstains(calibrated[i], outOfScope, threshold) ? 1 : 0;
            if (actual[i] == outOfScope)
            {
                outside++;
                outsideAbstained += abstains;
            }
            else
            {
                inScope++;
                inScopeAbstained += abstains;
            }
        }
        return new AbstainShares(inScope, inScopeAbstained, outside, outsideAbstained);
    }

    /// <summary>Out of scope ranks first, or its probability is above the threshold.</summary>
    public static bool Abstains(float[] calibrated, int outOfScope, double threshold) =>
        Top(calibrated) == outOfScope || calibrated[outOfScope] > threshold;

    private static int Top(float[] p) => Evaluation.OutOfFoldPredictions.ArgMax(p);
}
