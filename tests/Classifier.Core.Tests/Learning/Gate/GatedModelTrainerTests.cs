using Classifier.Core.Learning;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Gate;

public sealed class GatedModelTrainerTests
{
    private static readonly IReadOnlyList<Paper> Training = [.. SyntheticPapers.Create(perCategory: 6), .. SyntheticPapers.OutOfScope(20)];

    private static readonly IReadOnlyList<string> Labels = LabelSet.From(Training);

    [Fact]
    public void PredictProbabilities_ScoresTheNineCategoriesThenOutOfScope_SummingToOne()
    {
        var model = GatedModelTrainer.Train(Training, FastOptions.Lbfgs, new GateOptions(), Labels, new HashingEmbedder());

        var scores = model.PredictProbabilities(SyntheticPapers.Create(perCategory: 1, seed: 5));

        Assert.NotNull(model.Gate);
        Assert.Equal(Taxonomy.OutOfScope.Name, model.Labels[^1]);
        Assert.Equal(9, model.CategoryLabels.Count);
        Assert.All(scores, p => Assert.Equal(1.0, p.Sum(), 3));
        Assert.All(scores, p => Assert.Equal(10, p.Length));
    }

    [Fact]
    public void PredictProbabilities_OfATitleAlone_DoNotTellAnInScopePaperItIsOutOfScope()
    {
        var model = GatedModelTrainer.Train(Training, FastOptions.Lbfgs, new GateOptions(), Labels, new HashingEmbedder());
        var titles = SyntheticPapers.Create(perCategory: 2, seed: 99).Select(p => p with { Summary = "" }).ToList();

        var scores = model.PredictProbabilities(titles);

        Assert.All(scores, p => Assert.True(p[^1] < 0.5, $"p(out of scope) {p[^1]:0.00}"));
    }

    [Fact]
    public void Train_WithoutAGate_LearnsOutOfScopeAsATenthClass()
    {
        var model = GatedModelTrainer.Train(Training, FastOptions.Lbfgs, gate: null, Labels, embedder: null);

        Assert.Null(model.Gate);
        Assert.Equal(10, model.CategoryLabels.Count);
    }

    [Fact]
    public void Combine_ScalesTheCategoriesByOneMinusTheGate()
    {
        var combined = TrainedModel.Combine([0.5f, 0.3f, 0.2f], 0.4);

        Assert.Equal([0.3f, 0.18f, 0.12f, 0.4f], combined.Select(x => MathF.Round(x, 4)));
    }
}
