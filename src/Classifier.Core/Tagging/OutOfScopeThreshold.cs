namespace Classifier.Core.Tagging;

/// <summary>
/// Chooses the "no category fits" threshold when the model has an out-of-scope outcome: a paper abstains when out of scope
/// is its top outcome or its top confidence is below the threshold; the threshold is the highest that keeps in-scope
/// abstentions within a budget, so it catches as many out-of-scope papers as that budget allows.
/// </summary>
internal static class OutOfScopeThreshold
{
    public static NoFitThreshold Choose(IReadOnlyList<float[]> calibrated, IReadOnlyList<int> actual, int outOfScope, double maxInScopeShare)
    {
        var inScope = Enumerable.Range(0, actual.Count).Where(i => actual[i] != outOfScope).ToList();
        var byOutcome = inScope.Where(i => Top(calibrated[i]) == outOfScope).Count();
        var confidences = inScope.Where(i => Top(calibrated[i]) != outOfScope).Select(i => (double)calibrated[i].Max()).Order().ToList();
        var allowedBelow = (int)Math.Floor(maxInScopeShare * inScope.Count) - byOutcome;
        // With k papers allowed below it, the threshold is the (k+1)-th lowest confidence; ties can only lower the count.
        var threshold = allowedBelow <= 0 || confidences.Count == 0 ? 0 : allowedBelow >= confidences.Count ? confidences[^1] : confidences[allowedBelow];
        var shares = Measure(calibrated, actual, outOfScope, threshold);
        var covered = Enumerable.Range(0, actual.Count).Where(i => !Abstains(calibrated[i], outOfScope, threshold)).ToList();
        var accuracy = covered.Count == 0 ? 0 : covered.Count(i => Top(calibrated[i]) == actual[i]) / (double)covered.Count;
        var rule = $"the highest calibrated confidence below which at most {maxInScopeShare:0.##} of in-scope papers (out of fold) "
            + "are told \"no category fits\", counting those whose top outcome is out of scope";
        return new NoFitThreshold(threshold, accuracy, actual.Count == 0 ? 0 : (double)covered.Count / actual.Count, accuracy, rule) { Abstention = shares };
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

    public static bool Abstains(float[] calibrated, int outOfScope, double threshold)
    {
        var top = Top(calibrated);
        return top == outOfScope || calibrated[top] < threshold;
    }

    private static int Top(float[] p) => Evaluation.OutOfFoldPredictions.ArgMax(p);
}
