using System.Diagnostics;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Bench.Learning;

/// <summary>Every candidate configuration on data/: cross-validation, the latest month held out, and misfiles injected into that month.</summary>
internal static class HeldOutReport
{
    public static void Run(int seed)
    {
        var months = DataFolder.ReadMonths();
        var papers = months.SelectMany(m => m.Papers).ToList();
        using var encoder = DefaultEmbedder.WithCache();
        var embedder = new MemoizedEmbedder(encoder, papers);
        Console.WriteLine("configuration | CV accuracy | CV macro-F1 | held-out accuracy | held-out macro-F1 | misfiles P@k (10% moved) | seconds");
        foreach (var options in TrainerCandidates.All(seed))
        {
            var clock = Stopwatch.StartNew();
            var cv = Evaluator.CrossValidate(papers, options, 5, embedder);
            var heldOut = Evaluator.HoldOutLatestMonth(months, options, embedder)!;
            var injected = MisfileInjection.OnHeldOutMonth(months, options, embedder, seed: seed);
            Console.WriteLine(
                $"{TrainerSelector.Describe(options)} | {cv.Model.Accuracy:0.000} | {cv.Model.MacroF1:0.000} | {heldOut.Model.Accuracy:0.000} | "
                + $"{heldOut.Model.MacroF1:0.000} | {injected.PrecisionAtK:0.00} ({injected.FoundInTopK}/{injected.Moved}) | {clock.Elapsed.TotalSeconds:0.0}");
        }
    }
}
