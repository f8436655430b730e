using Classifier.Core.Learning;
using Classifier.Core.Lists;

namespace Classifier.Core.Evaluation;

/// <summary>Evaluates a training configuration on a data folder: cross-validation and the latest month held out.</summary>
internal static class DataEvaluator
{
    /// <summary>Reads the labelled months and measures the configuration against the majority baseline both ways.</summary>
    public static DataEvaluation Evaluate(string dataFolder, TrainingOptions options, int folds = 5, IProgress<string>? progress = null)
    {
        progress?.Report($"Reading the labelled lists in {dataFolder}");
        var months = TrainingDataValidator.ReadForTraining(dataFolder).Months;
        var papers = months.SelectMany(m => m.Papers).ToList();
        progress?.Report($"Cross-validating on {papers.Count} papers ({folds} folds)");
        var crossValidation = Evaluator.CrossValidate(papers, options, folds);
        progress?.Report("Holding out the latest month");
        return new DataEvaluation(options, crossValidation, Evaluator.HoldOutLatestMonth(months, options));
    }
}

/// <summary>What <see cref="DataEvaluator"/> measured, and for which configuration.</summary>
internal sealed record DataEvaluation(TrainingOptions Options, EvaluationReport CrossValidation, EvaluationReport? HeldOutMonth)
{
    public IEnumerable<EvaluationReport> Reports => HeldOutMonth is null ? [CrossValidation] : [CrossValidation, HeldOutMonth];
}
