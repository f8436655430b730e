using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;

namespace Classifier.Core.Evaluation;

/// <summary>Runs stratified k-fold training to get out-of-fold probabilities for every labelled paper.</summary>
internal static class OutOfFoldPredictor
{
    /// <summary>Trains one model per fold on the other folds and scores the held-out papers with it.</summary>
    public static OutOfFoldPredictions Predict(IReadOnlyList<Paper> papers, TrainingOptions options, int folds = 5, IPaperEmbedder? embedder = null)
    {
        var labels = LabelSet.From(papers);
        var actual = papers.Select(p => LabelSet.IndexOf(labels, p)).ToArray();
        var fold = StratifiedFolds.Assign(actual, folds, options.Seed);
        var probabilities = new float[papers.Count][];
        var baseline = new int[papers.Count];
        for (var k = 0; k < folds; k++)
        {
            var test = Enumerable.Range(0, papers.Count).Where(i => fold[i] == k).ToArray();
            if (test.Length == 0)
            {
                continue;
            }
            var train = Enumerable.Range(0, papers.Count).Where(i => fold[i] != k).ToArray();
            var model = ModelTrainer.Train(train.Select(i => papers[i]).ToList(), options, labels, embedder);
            var scores = model.PredictProbabilities(test.Select(i => papers[i]));
            var majority = MajorityBaseline.MostCommon(train.Select(i => actual[i]), labels.Count);
            for (var t = 0; t < test.Length; t++)
            {
                probabilities[test[t]] = scores[t];
                baseline[test[t]] = majority;
            }
        }
        return new OutOfFoldPredictions(papers, labels, actual, probabilities, baseline, fold);
    }
}
