using Classifier.Core.Learning.Bundles;
using Classifier.Core.Papers;

namespace Classifier.Core.Evaluation;

/// <summary>
/// What a retrain asks about the months just added: how the previous model did on them (it never saw them, a true
/// hold-out), and how the new model does on them out of fold.
/// </summary>
internal static class NewMonths
{
    /// <summary>The labelled months with in-scope papers that the previous bundle was not trained on.</summary>
    public static IReadOnlyList<LabelledMonth> Added(BundleMetadata previous, IReadOnlyList<LabelledMonth> months) =>
        [.. months.Where(m => !previous.Months.Contains(m.Month.Iso) && m.Papers.Any(InScope))];

    public static string Describe(IReadOnlyList<LabelledMonth> months) => string.Join(", ", months.Select(m => m.Month.ToString()));

    /// <summary>The previous bundle's model on the added months' labelled papers.</summary>
    public static EvaluationReport PreviousOn(ModelBundle previous, IReadOnlyList<LabelledMonth> added)
    {
        var papers = added.SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
        var probabilities = previous.Model.PredictProbabilities(papers);
        var labels = previous.Model.Labels;
        var predicted = probabilities.Select(OutOfFoldPredictions.ArgMax).Select(k => labels[k]).ToList();
        return Report($"previous model on {Describe(added)}", papers.Select(p => p.Category!.Name).ToList(), predicted, previous.Metadata.RowCount);
    }

    /// <summary>The new bundle's out-of-fold predictions (stored in oof.json) of the added months' papers.</summary>
    public static EvaluationReport CurrentOn(ModelBundle current, IReadOnlyList<LabelledMonth> added)
    {
        var months = added.Select(m => m.Month.Iso).ToHashSet();
        var labels = current.Metadata.Labels;
        var records = current.OutOfFold.Where(r => r.Month is { } m && months.Contains(m)).ToList();
        var predicted = records.Select(r => labels[OutOfFoldPredictions.ArgMax(r.Probabilities)]).ToList();
        return Report($"new model on {Describe(added)}, out of fold", records.Select(r => r.Label).ToList(), predicted, current.Metadata.RowCount - records.Count);
    }

    private static EvaluationReport Report(string split, List<string> actual, List<string> predicted, int trainCount)
    {
        var labels = actual.Concat(predicted).Distinct().OrderBy(l => Taxonomy.FindLabel(l)?.Number ?? int.MaxValue).ToList();
        var a = actual.Select(l => labels.IndexOf(l)).ToList();
        var p = predicted.Select(l => labels.IndexOf(l)).ToList();
        var majority = MajorityBaseline.MostCommon(a, labels.Count);
        return new EvaluationReport(split, trainCount, actual.Count, MetricsCalculator.Score(labels, a, p), MetricsCalculator.Score(labels, a, [.. a.Select(_ => majority)]));
    }

    private static bool InScope(Paper paper) => paper.Category is not null && paper.Category != Taxonomy.OutOfScope;
}
