namespace Classifier.Core.Evaluation;

/// <summary>Turns actual and predicted class indices into accuracy, macro-F1, per-category scores and a confusion matrix.</summary>
internal static class MetricsCalculator
{
    /// <summary>Scores predictions; macro-F1 averages over the categories that occur in either column.</summary>
    public static ClassificationMetrics Score(IReadOnlyList<string> labels, IReadOnlyList<int> actual, IReadOnlyList<int> predicted)
    {
        var n = labels.Count;
        var confusion = Enumerable.Range(0, n).Select(_ => new int[n]).ToArray();
        for (var i = 0; i < actual.Count; i++)
        {
            confusion[actual[i]][predicted[i]]++;
        }
        var perCategory = Enumerable.Range(0, n).Select(c => ScoreCategory(labels[c], confusion, c)).ToList();
        var present = perCategory.Where((m, c) => m.Support > 0 || confusion.Sum(row => row[c]) > 0).ToList();
        var correct = Enumerable.Range(0, n).Sum(c => confusion[c][c]);
        return new ClassificationMetrics(
            actual.Count == 0 ? 0 : (double)correct / actual.Count,
            present.Count == 0 ? 0 : present.Average(m => m.F1),
            perCategory,
            labels,
            confusion);
    }

    private static CategoryMetrics ScoreCategory(string label, int[][] confusion, int c)
    {
        var truePositives = confusion[c][c];
        var support = confusion[c].Sum();
        var predictedCount = confusion.Sum(row => row[c]);
        var precision = predictedCount == 0 ? 0 : (double)truePositives / predictedCount;
        var recall = support == 0 ? 0 : (double)truePositives / support;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new CategoryMetrics(label, precision, recall, f1, support);
    }
}
