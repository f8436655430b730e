namespace Classifier.Core.Review;

/// <summary>A labelled item that confident learning counts off the diagonal, with the class it belongs to instead.</summary>
/// <param name="Score">1 minus the self-confidence (probability of the given label): higher is more likely misfiled.</param>
internal sealed record LabelIssue(int Index, int Given, int Proposed, double Score);

/// <summary>Confident learning (Northcutt et al., as in cleanlab): per-class thresholds and off-diagonal label issues.</summary>
internal static class ConfidentLearning
{
    /// <summary>Per-class threshold t_k: the mean probability of class k over the items labelled k.</summary>
    public static double[] Thresholds(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> given, int classCount)
    {
        var sums = new double[classCount];
        var counts = new int[classCount];
        for (var i = 0; i < given.Count; i++)
        {
            sums[given[i]] += probabilities[i][given[i]];
            counts[given[i]]++;
        }
        // A class with no labelled items can never be confidently proposed.
        return sums.Select((s, k) => counts[k] == 0 ? double.PositiveInfinity : s / counts[k]).ToArray();
    }

    /// <summary>
    /// Items whose confident class (the most probable class among those at or above their threshold) differs from the
    /// given label, ranked by ascending self-confidence.
    /// </summary>
    public static IReadOnlyList<LabelIssue> FindIssues(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> given, double[] thresholds)
    {
        var issues = new List<LabelIssue>();
        for (var i = 0; i < given.Count; i++)
        {
            var confident = ConfidentClass(probabilities[i], thresholds);
            if (confident >= 0 && confident != given[i])
            {
                issues.Add(new LabelIssue(i, given[i], confident, 1 - probabilities[i][given[i]]));
            }
        }
        return issues.OrderByDescending(x => x.Score).ThenBy(x => x.Index).ToList();
    }

    private static int ConfidentClass(float[] p, double[] thresholds)
    {
        var best = -1;
        for (var k = 0; k < p.Length; k++)
        {
            if (p[k] >= thresholds[k] && (best < 0 || p[k] > p[best]))
            {
                best = k;
            }
        }
        return best;
    }
}
