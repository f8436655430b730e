namespace Classifier.Core.Tagging;

/// <summary>One confidence bin of a reliability table.</summary>
public sealed record ReliabilityBin(double Lower, double Upper, int Count, double MeanConfidence, double Accuracy);

/// <summary>Top-1 confidence against accuracy in equal-width bins, with the expected calibration error.</summary>
public sealed record ReliabilityTable(IReadOnlyList<ReliabilityBin> Bins, double ExpectedCalibrationError)
{
    /// <summary>Bins the top-1 confidence of each prediction and weighs |accuracy - confidence| by bin size.</summary>
    public static ReliabilityTable Build(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> actual, int binCount = 10)
    {
        var members = Enumerable.Range(0, binCount).Select(_ => new List<(double Confidence, bool Correct)>()).ToArray();
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = probabilities[i];
            var top = Array.IndexOf(p, p.Max());
            var bin = Math.Min(binCount - 1, (int)(p[top] * binCount));
            members[bin].Add((p[top], top == actual[i]));
        }
        var bins = members.Select((m, b) => new ReliabilityBin(
            (double)b / binCount,
            (double)(b + 1) / binCount,
            m.Count,
            m.Count == 0 ? 0 : m.Average(x => x.Confidence),
            m.Count == 0 ? 0 : m.Average(x => x.Correct ? 1.0 : 0.0))).ToList();
        var total = Math.Max(1, probabilities.Count);
        var ece = bins.Sum(b => (double)b.Count / total * Math.Abs(b.Accuracy - b.MeanConfidence));
        return new ReliabilityTable(bins, ece);
    }
}
