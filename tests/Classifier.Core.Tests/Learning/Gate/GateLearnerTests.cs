using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Gate;

public sealed class GateLearnerTests
{
    private static readonly IReadOnlyList<Paper> Training = [.. SyntheticPapers.Create(perCategory: 6), .. SyntheticPapers.OutOfScope(20)];

    [Theory]
    [InlineData(GateTrainer.LbfgsLogisticRegression, 0)]
    [InlineData(GateTrainer.LbfgsLogisticRegression, 20)]
    [InlineData(GateTrainer.FastTree, 20)]
    public void Probabilities_OfUnseenPapers_RankOutOfScopeTitlesAboveInScopeOnes(GateTrainer trainer, int neighbours)
    {
        var gate = GateLearner.Train(Training, new GateOptions { Trainer = trainer, Neighbours = neighbours, FastTreeTrees = 10 }, new HashingEmbedder());
        var inScope = SyntheticPapers.Create(perCategory: 2, seed: 99);
        var outside = SyntheticPapers.OutOfScope(10, seed: 77);

        var q = gate.Probabilities([.. inScope, .. outside]);

        Assert.True(q.Skip(inScope.Count).Min() > q.Take(inScope.Count).Max(),
            $"lowest out-of-scope {q.Skip(inScope.Count).Min():0.00}, highest in-scope {q.Take(inScope.Count).Max():0.00}");
    }

    [Fact]
    public void Probabilities_AreTheSameWithOrWithoutTheSummary()
    {
        var gate = GateLearner.Train(Training, new GateOptions(), new HashingEmbedder());
        var papers = SyntheticPapers.Create(perCategory: 1, seed: 5);

        var withSummary = gate.Probabilities(papers);
        var titlesOnly = gate.Probabilities([.. papers.Select(p => p with { Summary = "" })]);

        Assert.Equal(withSummary, titlesOnly);
    }

    [Fact]
    public void Train_WithNotes_AddsEachOutOfScopeNoteAsAnOutOfScopeExample()
    {
        var withNotes = GateLearner.Train(Training, new GateOptions { UseNotes = true }, new HashingEmbedder());
        var withoutNotes = GateLearner.Train(Training, new GateOptions { UseNotes = false }, new HashingEmbedder());

        Assert.Equal(Training.Count + 20, withNotes.Examples.Count);
        Assert.Equal(Training.Count, withoutNotes.Examples.Count);
        Assert.All(withNotes.Examples.Where(e => e.Text.Contains("not a computer vision category", StringComparison.Ordinal)), e => Assert.True(e.OutOfScope));
    }

    [Fact]
    public void Train_WithoutOutOfScopePapers_Refuses()
    {
        var error = Assert.Throws<ArgumentException>(() => GateLearner.Train(SyntheticPapers.Create(perCategory: 2), new GateOptions(), new HashingEmbedder()));

        Assert.StartsWith("the out-of-scope gate needs both in-scope and out-of-scope papers", error.Message);
    }
}
