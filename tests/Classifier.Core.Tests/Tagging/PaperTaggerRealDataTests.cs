using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Lists;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Learning;
using Microsoft.ML.Data;

namespace Classifier.Core.Tests.Tagging;

public sealed class PaperTaggerRealDataTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>
{
    [Fact]
    public void Tag_OnTheLabelledMonths_MatchesAPredictionEnginePerPaperExactly()
    {
        var papers = LabelledDataReader.Read(RepoData.Folder).Months.SelectMany(m => m.Papers).ToList();
        var model = ModelTrainer.Train(papers, new TrainingOptions { UseSummary = false }, fixture.Bundle.Model.Labels);
        var bundle = fixture.Bundle with { Model = model };
        var builder = new TagResultBuilder(bundle, reasonCount: 5);
        using var engine = model.CreateEngine();
        var expected = papers.Select(p =>
        {
            var output = engine.Predict(PaperRow.Unlabelled(p));
            return builder.Build(p, output.Score, output.Features, output.Embedding);
        }).ToList();

        var actual = new PaperTagger(bundle, reasonCount: 5).Tag(papers).ToList();

        Assert.Equal(papers, actual.Select(r => r.Paper));
        Assert.Equal(expected.Select(r => r.Ranked), actual.Select(r => r.Ranked));
        Assert.Equal(expected.Select(r => r.NoCategoryFits), actual.Select(r => r.NoCategoryFits));
        Assert.Equal(expected.Select(r => r.Reasons), actual.Select(r => r.Reasons));
    }

    [Fact]
    public void Explain_OnTheLabelledMonths_GivesTheTopOfAFullStableSortOfPositiveContributions()
    {
        var papers = LabelledDataReader.Read(RepoData.Folder).Months.SelectMany(m => m.Papers).Take(60).ToList();
        var model = ModelTrainer.Train(papers, new TrainingOptions { UseSummary = false, MaximumIterations = 20 }, fixture.Bundle.Model.Labels);
        var explainer = ScoreExplainer.For(model);
        var weights = Weights(model);
        var reasons = SlotNames(model).Select(SlotNameFormatter.IsReason).ToArray();
        using var engine = model.CreateEngine();

        foreach (var paper in papers)
        {
            var features = engine.Predict(PaperRow.Unlabelled(paper)).Features;
            for (var category = 0; category < weights.Length; category++)
            {
                var expected = Enumerable.Range(0, features.GetValues().Length)
                    .Select(i => (Slot: features.GetIndices()[i], Contribution: (double)(features.GetValues()[i] * weights[category][features.GetIndices()[i]])))
                    .Where(c => c.Contribution > 0 && reasons[c.Slot])
                    .OrderByDescending(c => c.Contribution)
                    .Take(4)
                    .Select(c => c.Contribution);

                var actual = explainer.Explain(features, category, 4);

                Assert.Equal(expected, actual.Select(r => r.Contribution));
            }
        }
    }

    private static string[] SlotNames(TrainedModel model)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        model.Transformer.GetOutputSchema(model.InputSchema)[Columns.Features].GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }

    private static float[][] Weights(TrainedModel model)
    {
        var linear = ((IEnumerable<Microsoft.ML.ITransformer>)model.Transformer)
            .OfType<Microsoft.ML.IPredictionTransformer<object>>()
            .Select(t => t.Model)
            .OfType<Microsoft.ML.Trainers.LinearMulticlassModelParametersBase>()
            .Single();
        Microsoft.ML.Data.VBuffer<float>[] weights = [];
        linear.GetWeights(ref weights, out _);
        return weights.Select(w => w.DenseValues().ToArray()).ToArray();
    }
}
