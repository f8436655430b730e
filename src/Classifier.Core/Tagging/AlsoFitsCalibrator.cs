using Classifier.Core.Papers;

namespace Classifier.Core.Tagging;

/// <summary>Chooses the "also fits" margin on out-of-fold, calibrated probabilities of in-scope papers.</summary>
internal static class AlsoFitsCalibrator
{
    /// <summary>Margins tried, narrowest first.</summary>
    private static readonly double[] Grid = [.. Enumerable.Range(1, 50).Select(k => k / 100.0)];

    /// <summary>The widest margin in the grid at which the second choice is still right often enough (see <see cref="AlsoFitsMargin"/>); null when none is.</summary>
    /// <param name="labels">Slot order; the out-of-scope slot is never a category that "also fits".</param>
    /// <param name="alsoListed">For each paper, the other slots it is listed under (a paper in two sections); may be null.</param>
    public static AlsoFitsMargin? Choose(IReadOnlyList<float[]> calibrated, IReadOnlyList<int> actual, IReadOnlyList<string> labels, IReadOnlyList<IReadOnlyCollection<int>>? alsoListed = null)
    {
        var outOfScope = labels.ToList().IndexOf(Taxonomy.OutOfScope.Name);
        var rows = Enumerable.Range(0, actual.Count).Where(i => actual[i] != outOfScope).Select(i =>
        {
            var (first, second) = TopTwo(calibrated[i], outOfScope);
            bool Listed(int k) => actual[i] == k || (alsoListed?[i].Contains(k) ?? false);
            return (Gap: calibrated[i][first] - (double)calibrated[i][second], First: Listed(first), Second: Listed(second));
        }).ToList();
        AlsoFitsMargin? chosen = null;
        foreach (var margin in Grid)
        {
            var below = rows.Where(r => r.Gap < margin).ToList();
            if (below.Count == 0)
            {
                continue;
            }
            var second = below.Count(r => r.Second) / (double)below.Count;
            var first = below.Count(r => r.First) / (double)below.Count;
            if (second >= AlsoFitsMargin.MinSecondRight && second >= AlsoFitsMargin.MinSecondToFirst * first)
            {
                chosen = new AlsoFitsMargin(margin, below.Count / (double)rows.Count, first, second);
            }
        }
        return chosen;
    }

    /// <summary>The two best category slots, out of scope left out.</summary>
    public static (int First, int Second) TopTwo(float[] p, int outOfScope)
    {
        int first = -1, second = -1;
        for (var k = 0; k < p.Length; k++)
        {
            if (k == outOfScope)
            {
                continue;
            }
            if (first < 0 || p[k] > p[first])
            {
                second = first;
                first = k;
            }
            else if (second < 0 || p[k] > p[second])
            {
                second = k;
            }
        }
        return (first, second);
    }
}
