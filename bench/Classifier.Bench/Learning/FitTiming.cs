using System.Diagnostics;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Bench.Learning;

/// <summary>
/// Wall-clock time of the learner's parts on data/ with the recommended configuration and a warm embedding cache:
/// embedding lookups, one fit, 5-fold out-of-fold, month hold-out, and the n-gram reference on that month.
/// </summary>
internal static class FitTiming
{
    public static void Run()
    {
        var months = DataFolder.ReadMonths();
        var papers = months.SelectMany(m => m.Papers).ToList();
        var options = TrainerCandidates.Recommended(seed: 1);
        using var encoder = DefaultEmbedder.WithCache();
        for (var round = 1; round <= 3; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            var embedder = new MemoizedEmbedder(encoder, papers);
            var embed = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            ModelTrainer.Train(papers, options, embedder: embedder);
            var fit = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var oof = OutOfFoldPredictor.Predict(papers, options, folds: 5, embedder);
            var outOfFold = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var heldOut = Evaluator.HoldOutLatestMonth(months, options, embedder);
            var hold = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            Evaluator.HoldOutLatestMonth(months, TrainerCandidates.NgramReference(seed: 1));
            var reference = stopwatch.Elapsed.TotalMilliseconds;
            Console.WriteLine(
                $"round {round}: embeddings from the cache {embed:0} ms; fit on all {papers.Count} papers {fit:0} ms; 5-fold out-of-fold {outOfFold:0} ms; "
                + $"latest month held out {hold:0} ms (accuracy {heldOut?.Model.Accuracy:0.000}); n-gram reference held out {reference:0} ms ({oof.Papers.Count} out-of-fold rows)");
        }
    }
}
