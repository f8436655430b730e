using System.Diagnostics;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Bench.Learning;

/// <summary>
/// Wall-clock time of learning the recommended configuration on data/ (5-fold out-of-fold, calibration, hold-out, final fit)
/// with an empty embedding cache, then with the cache warm, then the full comparison, all in one process.
/// </summary>
internal static class RetrainTiming
{
    public static void Run(string? bundleDirectory)
    {
        var months = DataFolder.ReadMonths();
        var single = LearnerOptions.ForConfiguration(TrainerCandidates.Recommended(seed: 1));
        var cacheFolder = Directory.CreateTempSubdirectory("cvclassify-bench-cache-").FullName;
        try
        {
            var cold = Time(() => Learn(months, single, cacheFolder));
            var warm = Time(() => Learn(months, single, cacheFolder));
            var warmAgain = Time(() => Learn(months, single, cacheFolder));
            var full = Time(() => Learn(months, LearnerOptions.CompareTrainers(seed: 1), cacheFolder));
            var best = Math.Min(warm.Seconds, warmAgain.Seconds);
            Console.WriteLine($"recommended configuration, empty cache (encodes {months.Sum(m => m.Papers.Count)} papers): {cold.Seconds:0.0} s");
            Console.WriteLine($"recommended configuration, warm cache: {warm.Seconds:0.0} s, {warmAgain.Seconds:0.0} s; ratio empty / warm = {cold.Seconds / best:0.0}");
            Console.WriteLine($"full comparison of {TrainerCandidates.All(1).Count}, warm cache: {full.Seconds:0.0} s; ratio full / single = {full.Seconds / best:0.0}");
            foreach (var row in full.Bundle.Metadata.TrainerComparison)
            {
                Console.WriteLine($"  {row.Trainer,-90} CV macro-F1 {row.MacroF1:0.0000}, accuracy {row.Accuracy:0.0000}");
            }
            if (bundleDirectory is not null)
            {
                ModelBundleStore.Save(warm.Bundle, bundleDirectory);
                Console.WriteLine($"saved the single-configuration bundle to {bundleDirectory}");
            }
        }
        finally
        {
            Directory.Delete(cacheFolder, recursive: true);
        }
    }

    // A new embedder each time, as each `cvclassify train` process has: only the cache file carries over.
    private static ModelBundle Learn(IReadOnlyList<Classifier.Core.Papers.LabelledMonth> months, LearnerOptions options, string cacheFolder)
    {
        using var embedder = DefaultEmbedder.WithCache(cacheFolder);
        return ModelLearner.Learn(months, options with { Embedder = embedder });
    }

    private static (double Seconds, ModelBundle Bundle) Time(Func<ModelBundle> learn)
    {
        var stopwatch = Stopwatch.StartNew();
        var bundle = learn();
        return (stopwatch.Elapsed.TotalSeconds, bundle);
    }
}
