namespace Classifier.Core.Evaluation;

/// <summary>How well one predictor did on one split: overall, per category, and the confusion matrix.</summary>
/// <param name="Confusion">Rows are actual categories, columns predicted, both in <paramref name="Labels"/> order.</param>
public sealed record ClassificationMetrics(
    double Accuracy,
    double MacroF1,
    IReadOnlyList<CategoryMetrics> PerCategory,
    IReadOnlyList<string> Labels,
    int[][] Confusion);

/// <summary>Precision, recall and F1 of one category, with its number of test papers.</summary>
public sealed record CategoryMetrics(string Category, double Precision, double Recall, double F1, int Support);

/// <summary>A model and the majority baseline scored on the same split.</summary>
/// <param name="Split">What was held out, e.g. "5-fold stratified cross-validation" or "held out June 2023".</param>
public sealed record EvaluationReport(string Split, int TrainCount, int TestCount, ClassificationMetrics Model, ClassificationMetrics Baseline);
