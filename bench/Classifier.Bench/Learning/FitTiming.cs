using System.Diagnostics;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning;

namespace Classifier.Bench.Learning;

/// <summary>Wall-clock time of the learner's parts on data/ with the recommended configuration: one fit, 5-fold out-of-fold, month hold-out.</summary>
internal static class FitTiming
{
    public static void Run()
    {
        var months = DataFolder.ReadMonths();
        var labelled = months.Select(m => m with { Papers = m.Papers.Where(p => p.Category is not null).ToList() }).ToList();
        var papers = labelled.SelectMany(m => m.Papers).ToList();
        var options = TrainerCandidates.Recommended(seed: 1);
        for (var round = 1; round <= 3; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            ModelTrainer.Train(papers, options);
            var fit = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var oof = OutOfFoldPredictor.Predict(papers, options, folds: 5);
            var outOfFold = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var heldOut = Evaluator.HoldOutLatestMonth(labelled, options);
            var hold = stopwatch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"round {round}: fit on all {papers.Count} papers {fit:0} ms; 5-fold out-of-fold {outOfFold:0} ms; latest month held out {hold:0} ms (accuracy {heldOut?.Model.Accuracy:0.000}, {oof.Papers.Count} out-of-fold rows)");
        }
    }
}
