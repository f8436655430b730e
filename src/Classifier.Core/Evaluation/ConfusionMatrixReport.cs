namespace Classifier.Core.Evaluation;

/// <summary>What the HTML report shows: a confusion matrix (rows = true label, columns = predicted) and per-label scores.</summary>
public sealed record ConfusionMatrixReport(
    string Title,
    IReadOnlyList<string> Labels,
    int[,] Counts,
    IReadOnlyList<ConfusionMatrixReport.LabelScore> Scores)
{
    /// <summary>Precision, recall and F1 of one label, and how many true examples it had.</summary>
    public sealed record LabelScore(string Label, double Precision, double Recall, double F1, int Support);

    public int Total => Counts.Cast<int>().Sum();

    public double Accuracy => Total == 0 ? 0 : Enumerable.Range(0, Labels.Count).Sum(i => Counts[i, i]) / (double)Total;

    /// <summary>Builds the report from counts alone, computing each label's precision, recall and F1.</summary>
    public static ConfusionMatrixReport FromCounts(string title, IReadOnlyList<string> labels, int[,] counts)
    {
        if (counts.GetLength(0) != labels.Count || counts.GetLength(1) != labels.Count)
        {
            throw new ArgumentException($"expected a {labels.Count}x{labels.Count} matrix", nameof(counts));
        }
        var scores = labels.Select((label, i) => Score(label, i, counts)).ToList();
        return new ConfusionMatrixReport(title, labels, counts, scores);
    }

    /// <summary>The report of a model's evaluation: its confusion matrix and per-category scores, titled by the split.</summary>
    public static ConfusionMatrixReport From(EvaluationReport evaluation)
    {
        var metrics = evaluation.Model;
        var size = metrics.Labels.Count;
        var counts = new int[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var col = 0; col < size; col++)
            {
                counts[row, col] = metrics.Confusion[row][col];
            }
        }
        var scores = metrics.PerCategory.Select(m => new LabelScore(m.Category, m.Precision, m.Recall, m.F1, m.Support)).ToList();
        return new ConfusionMatrixReport($"{evaluation.Split} ({evaluation.TestCount} papers)", metrics.Labels, counts, scores);
    }

    private static LabelScore Score(string label, int index, int[,] counts)
    {
        var size = counts.GetLength(0);
        var hits = counts[index, index];
        var support = Enumerable.Range(0, size).Sum(j => counts[index, j]);
        var predicted = Enumerable.Range(0, size).Sum(i => counts[i, index]);
        var precision = predicted == 0 ? 0 : hits / (double)predicted;
        var recall = support == 0 ? 0 : hits / (double)support;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LabelScore(label, precision, recall, f1, support);
    }
}
