using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Evaluation;

/// <summary>One model's figures on one input shape: in-scope accuracy, macro-F1 and top-2 of the nine categories, and its abstentions.</summary>
/// <param name="InScope">In-scope papers measured.</param>
/// <param name="Accuracy">In-scope papers whose best category (of the nine) is the listed one, whether or not the model abstained.</param>
/// <param name="InScopeAbstain">In-scope papers told "no category fits".</param>
/// <param name="OutOfScopeRecall">Out-of-scope papers told "no category fits".</param>
public sealed record ShapeScores(
    string Model, InputShape Shape, int InScope, int OutOfScope, double Accuracy, double MacroF1, double TopTwo, double InScopeAbstain, double OutOfScopeRecall);

/// <summary>Scores leave-one-month-out predictions per input shape, with the temperature and "no category fits" rule fitted out of fold.</summary>
internal static class ShapeEvaluator
{
    /// <summary>
    /// The cross-validation row (every month; calibration and threshold fitted on every month's title + summary predictions)
    /// and the held-out row (the latest month with in-scope papers; calibration and threshold fitted on the other months only).
    /// </summary>
    public static (IReadOnlyList<ShapeScores> CrossValidation, IReadOnlyList<ShapeScores> HeldOut) Score(
        string model, MonthFoldPredictions predictions, double maxInScopeAbstain, bool majorityBaseline = false)
    {
        var all = Enumerable.Range(0, predictions.Papers.Count).ToList();
        var heldFold = predictions.LatestInScopeFold();
        var held = all.Where(i => predictions.Folds[i] == heldFold).ToList();
        var rest = all.Where(i => predictions.Folds[i] != heldFold).ToList();
        var cv = predictions.Probabilities.Keys.Select(s => Measure(model, s, predictions, all, all, maxInScopeAbstain, majorityBaseline)).ToList();
        var heldOut = predictions.Probabilities.Keys.Select(s => Measure(model, s, predictions, held, rest, maxInScopeAbstain, majorityBaseline)).ToList();
        return (cv, heldOut);
    }

    private static ShapeScores Measure(
        string model, InputShape shape, MonthFoldPredictions predictions, List<int> measured, List<int> fitted, double maxInScopeAbstain, bool majority)
    {
        var labels = predictions.Labels;
        var outOfScope = labels.ToList().IndexOf(Taxonomy.OutOfScope.Name);
        var rule = majority ? null : FitRule(predictions, fitted, outOfScope, maxInScopeAbstain);
        var rows = measured.Where(i => shape.Applies(predictions.Papers[i])).ToList();
        var inScope = rows.Where(i => predictions.Actual[i] != outOfScope).ToList();
        var outside = rows.Where(i => predictions.Actual[i] == outOfScope).ToList();
        var ranked = rows.ToDictionary(i => i, i => majority ? [predictions.BaselinePredicted[i]] : RankCategories(predictions.Probabilities[shape][i], outOfScope));
        var predicted = inScope.Select(i => ranked[i][0]).ToList();
        var actual = inScope.Select(i => predictions.Actual[i]).ToList();
        var metrics = MetricsCalculator.Score(labels, actual, predicted);
        bool Abstains(int i) => rule is { } r && r.Threshold.Abstains(TemperatureScaling.Apply(predictions.Probabilities[shape][i], r.Temperature));
        return new ShapeScores(
            model,
            shape,
            inScope.Count,
            outside.Count,
            metrics.Accuracy,
            metrics.MacroF1,
            Share(inScope, i => ranked[i].Take(2).Contains(predictions.Actual[i])),
            Share(inScope, Abstains),
            Share(outside, Abstains));
    }

    // Temperature and threshold from the title + summary predictions of the fitted rows: how a bundle is calibrated.
    private static (double Temperature, NoFitThreshold Threshold)? FitRule(MonthFoldPredictions predictions, List<int> fitted, int outOfScope, double maxInScopeAbstain)
    {
        if (outOfScope < 0 || !predictions.Probabilities.TryGetValue(InputShape.TitleAndSummary, out var probabilities))
        {
            return null;
        }
        var p = fitted.Select(i => probabilities[i]).ToList();
        var actual = fitted.Select(i => predictions.Actual[i]).ToList();
        var temperature = TemperatureScaling.Fit(p, actual);
        var calibrated = p.Select(x => TemperatureScaling.Apply(x, temperature)).ToList();
        return (temperature, OutOfScopeThreshold.Choose(calibrated, actual, outOfScope, maxInScopeAbstain));
    }

    // The categories best first, out of scope left out: what the model would file the paper under.
    private static int[] RankCategories(float[] p, int outOfScope) =>
        [.. Enumerable.Range(0, p.Length).Where(k => k != outOfScope).OrderByDescending(k => p[k]).ThenBy(k => k)];

    // 0 when there are no rows (the counts in the scores say so): metadata.json cannot hold NaN.
    private static double Share(List<int> rows, Func<int, bool> predicate) => rows.Count == 0 ? 0 : rows.Count(predicate) / (double)rows.Count;
}
