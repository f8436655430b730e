using Classifier.Core.Learning;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;

namespace Classifier.Core.Evaluation;

/// <summary>Measures a training configuration by stratified cross-validation and by holding out the latest month.</summary>
internal static class Evaluator
{
    /// <summary>Stratified k-fold cross-validation of the model against the majority baseline.</summary>
    public static EvaluationReport CrossValidate(IReadOnlyList<Paper> papers, TrainingOptions options, int folds = 5, IPaperEmbedder? embedder = null) =>
        Report(OutOfFoldPredictor.Predict(papers, options, folds, embedder), folds);

    /// <summary>Scores already computed out-of-fold predictions as a cross-validation report.</summary>
    public static EvaluationReport Report(OutOfFoldPredictions oof, int folds)
    {
        var count = oof.Papers.Count;
        return new EvaluationReport(
            $"{folds}-fold stratified cross-validation",
            count - count / folds,
            count,
            MetricsCalculator.Score(oof.Labels, oof.Actual, oof.Predicted),
            MetricsCalculator.Score(oof.Labels, oof.Actual, oof.BaselinePredicted));
    }

    /// <summary>Trains on every month before the latest and tests on the latest; null with fewer than two months.</summary>
    public static EvaluationReport? HoldOutLatestMonth(IReadOnlyList<LabelledMonth> months, TrainingOptions options, IPaperEmbedder? embedder = null)
    {
        if (months.Count < 2)
        {
            return null;
        }
        var latest = months.Max(m => m.Month);
        var train = months.Where(m => m.Month.CompareTo(latest) < 0).SelectMany(m => m.Papers).ToList();
        var test = months.Where(m => m.Month.Equals(latest)).SelectMany(m => m.Papers).ToList();
        var labels = LabelSet.From(train.Concat(test));
        var model = ModelTrainer.Train(train, options, labels, embedder);
        var actual = test.Select(p => LabelSet.IndexOf(labels, p)).ToArray();
        var predicted = model.PredictProbabilities(test).Select(OutOfFoldPredictions.ArgMax).ToArray();
        var majority = MajorityBaseline.MostCommon(train.Select(p => LabelSet.IndexOf(labels, p)), labels.Count);
        return new EvaluationReport(
            $"trained on months before {latest}, tested on {latest}",
            train.Count,
            test.Count,
            MetricsCalculator.Score(labels, actual, predicted),
            MetricsCalculator.Score(labels, actual, Enumerable.Repeat(majority, test.Count).ToArray()));
    }
}
