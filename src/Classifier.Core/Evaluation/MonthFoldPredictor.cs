using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;

namespace Classifier.Core.Evaluation;

/// <summary>Leave-one-month-out cross-validation: each month is scored by a model trained on every other month, in each input shape.</summary>
internal static class MonthFoldPredictor
{
    /// <summary>
    /// One fold per month with labelled papers; the held-out papers are scored as each shape presents them (the model is
    /// always trained on papers as listed). The fold of a paper is the index of its month.
    /// </summary>
    public static MonthFoldPredictions Predict(
        IReadOnlyList<LabelledMonth> months, TrainingOptions options, GateOptions? gate, IPaperEmbedder? embedder,
        IReadOnlyList<InputShape>? shapes = null, Action<string>? progress = null)
    {
        shapes ??= [InputShape.TitleAndSummary];
        var byMonth = months.Select(m => m.Papers.Where(p => p.Category is not null).ToList()).ToList();
        var papers = byMonth.SelectMany(p => p).ToList();
        var fold = byMonth.SelectMany((p, k) => p.Select(_ => k)).ToArray();
        var labels = LabelSet.From(papers);
        var actual = papers.Select(p => LabelSet.IndexOf(labels, p)).ToArray();
        var probabilities = shapes.ToDictionary(s => s, _ => new float[papers.Count][]);
        var baseline = new int[papers.Count];
        for (var k = 0; k < months.Count; k++)
        {
            var test = Enumerable.Range(0, papers.Count).Where(i => fold[i] == k).ToArray();
            var train = Enumerable.Range(0, papers.Count).Where(i => fold[i] != k).Select(i => papers[i]).ToList();
            if (test.Length == 0 || train.Count == 0)
            {
                continue;
            }
            progress?.Invoke($"holding out {months[k].Month} ({test.Length} papers)");
            var model = GatedModelTrainer.Train(train, options, gate, labels, embedder);
            foreach (var shape in shapes)
            {
                var scores = model.PredictProbabilities(test.Select(i => shape.Present(papers[i])).ToList());
                for (var t = 0; t < test.Length; t++)
                {
                    probabilities[shape][test[t]] = scores[t];
                }
            }
            var majority = MajorityBaseline.MostCommon(train.Where(p => p.Category != Taxonomy.OutOfScope).Select(p => LabelSet.IndexOf(labels, p)), labels.Count);
            foreach (var i in test)
            {
                baseline[i] = majority;
            }
        }
        return new MonthFoldPredictions(papers, labels, actual, fold, baseline, probabilities, [.. months.Select(m => m.Month)]);
    }
}

/// <summary>Leave-one-month-out probabilities per input shape; <see cref="Folds"/> index <see cref="Months"/>.</summary>
internal sealed record MonthFoldPredictions(
    IReadOnlyList<Paper> Papers,
    IReadOnlyList<string> Labels,
    int[] Actual,
    int[] Folds,
    int[] BaselinePredicted,
    IReadOnlyDictionary<InputShape, float[][]> Probabilities,
    IReadOnlyList<Month> Months)
{
    /// <summary>The shape's predictions in the form the rest of training reads (calibration, threshold, oof.json).</summary>
    public OutOfFoldPredictions For(InputShape shape) => new(Papers, Labels, Actual, Probabilities[shape], BaselinePredicted, Folds);

    /// <summary>The latest month with in-scope papers: a month with out-of-scope papers alone says nothing about categories.</summary>
    public int? LatestInScopeFold()
    {
        var folds = Enumerable.Range(0, Papers.Count).Where(i => Papers[i].Category != Taxonomy.OutOfScope).Select(i => Folds[i]).ToList();
        return folds.Count == 0 ? null : folds.MaxBy(k => Months[k]);
    }
}
