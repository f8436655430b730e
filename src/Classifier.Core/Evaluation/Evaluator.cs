using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;

namespace Classifier.Core.Evaluation;

/// <summary>Measures a training configuration by stratified cross-validation and by holding out the latest month.</summary>
internal static class Evaluator
{
    /// <summary>Stratified k-fold cross-validation of the model against the majority baseline.</summary>
    public static EvaluationReport CrossValidate(IReadOnlyList<Paper> papers, TrainingOptions options, int folds = 5, IPaperEmbedder? embedder = null) =>
        Report(OutOfFoldPredictor.Predict(papers, options, folds, embedder), folds);

    /// <summary>Scores already computed out-of-fold predictions as a cross-validation report.</summary>
    public static EvaluationReport Report(OutOfFoldPredictions oof, int folds) =>
        Report(oof, $"{folds}-fold stratified cross-validation", oof.Papers.Count - oof.Papers.Count / folds);

    /// <summary>Scores out-of-fold predictions made some other way (one fold per month, say), described by <paramref name="split"/>.</summary>
    public static EvaluationReport Report(OutOfFoldPredictions oof, string split, int trainCount)
    {
        var count = oof.Papers.Count;
        return new EvaluationReport(
            split,
            trainCount,
            count,
            MetricsCalculator.Score(oof.Labels, oof.Actual, oof.Predicted),
            MetricsCalculator.Score(oof.Labels, oof.Actual, oof.BaselinePredicted));
    }

    /// <summary>
    /// Trains on every month before the latest month with in-scope papers and tests on that month (a month of out-of-scope
    /// papers alone says nothing about the categories); null when no earlier month has papers.
    /// </summary>
    public static EvaluationReport? HoldOutLatestMonth(IReadOnlyList<LabelledMonth> months, TrainingOptions options, IPaperEmbedder? embedder = null, GateOptions? gate = null)
    {
        if (LatestInScopeMonth(months) is not { } latest)
        {
            return null;
        }
        var train = months.Where(m => m.Month.CompareTo(latest) < 0).SelectMany(m => m.Papers).ToList();
        var test = months.Where(m => m.Month.Equals(latest)).SelectMany(m => m.Papers).ToList();
        if (train.Count == 0)
        {
            return null;
        }
        var labels = LabelSet.From(train.Concat(test));
        var model = GatedModelTrainer.Train(train, options, gate, labels, embedder);
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

    /// <summary>The latest month with at least one in-scope paper; null when there is none.</summary>
    public static Month? LatestInScopeMonth(IReadOnlyList<LabelledMonth> months) =>
        months.Where(m => m.Papers.Any(p => p.Category is not null && p.Category != Taxonomy.OutOfScope)).Select(m => (Month?)m.Month).Max();
}
