using Classifier.Core.Learning.Bundles;
using Classifier.Core.Papers;

namespace Classifier.Bench.Learning;

/// <summary>
/// The bundle's "no category fits" rule (a tenth outcome plus a threshold on its probability) against separate detectors
/// on the embedding alone, out of fold with the bundle's folds and the same budget of in-scope papers told "none".
/// </summary>
internal static class OutOfScopeDetectors
{
    public static void Run(string bundleDirectory, double budget)
    {
        var bundle = ModelBundleStore.Load(bundleDirectory);
        var records = bundle.OutOfFold;
        var embeddings = bundle.Embeddings ?? throw new InvalidOperationException("the bundle has no embeddings");
        var outside = records.Select(r => r.Label == Taxonomy.OutOfScope.Name).ToArray();
        var shares = bundle.Metadata.Threshold.Abstention!;
        Console.WriteLine($"tenth outcome + p(out of scope) threshold: out-of-scope {shares.OutOfScopeShare:P1}, in-scope {shares.InScopeShare:P1}");
        // Higher score = more in scope; a paper abstains below the threshold.
        Report("nearest in-scope paper of the other folds (max cosine)", outside, budget, i => Nearest(i, records, embeddings, outside));
        Report("nearest in-scope category centroid of the other folds", outside, budget, i => NearestCentroid(i, records, embeddings, outside));
    }

    private static void Report(string name, bool[] outside, double budget, Func<int, double> score)
    {
        var scores = Enumerable.Range(0, outside.Length).Select(score).ToArray();
        var inScope = scores.Where((_, i) => !outside[i]).Order().ToArray();
        var threshold = inScope[(int)Math.Floor(budget * inScope.Length)];
        var caught = scores.Where((s, i) => outside[i] && s < threshold).Count();
        var falseAlarms = inScope.Count(s => s < threshold);
        Console.WriteLine($"{name}: out-of-scope {(double)caught / outside.Count(o => o):P1}, in-scope {(double)falseAlarms / inScope.Length:P1} (threshold {threshold:0.000})");
    }

    private static double Nearest(int i, IReadOnlyList<OutOfFoldRecord> records, IReadOnlyList<float[]> embeddings, bool[] outside) =>
        Enumerable.Range(0, records.Count).Where(j => !outside[j] && records[j].Fold != records[i].Fold).Max(j => Dot(embeddings[i], embeddings[j]));

    private static double NearestCentroid(int i, IReadOnlyList<OutOfFoldRecord> records, IReadOnlyList<float[]> embeddings, bool[] outside) =>
        Enumerable.Range(0, records.Count)
            .Where(j => !outside[j] && records[j].Fold != records[i].Fold)
            .GroupBy(j => records[j].Label)
            .Max(g => Cosine(embeddings[i], Mean(g.Select(j => embeddings[j]).ToList())));

    private static float[] Mean(List<float[]> vectors) =>
        [.. Enumerable.Range(0, vectors[0].Length).Select(d => vectors.Average(v => v[d]))];

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    private static double Cosine(float[] a, float[] b) => Dot(a, b) / Math.Sqrt(Dot(a, a) * Dot(b, b));
}
