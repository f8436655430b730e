using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Learning;

public sealed class ModelTrainerTests
{
    private static readonly IReadOnlyList<Paper> Papers = SyntheticPapers.Create(perCategory: 8);

    [Theory]
    [InlineData(TrainerKind.SdcaMaximumEntropy)]
    [InlineData(TrainerKind.LbfgsMaximumEntropy)]
    [InlineData(TrainerKind.OneVersusAllFastTree)]
    public void Train_TwiceWithTheSameSeed_GivesIdenticalProbabilities(TrainerKind kind)
    {
        var options = FastOptions.For(kind);
        var probe = SyntheticPapers.Create(perCategory: 2, seed: 99);

        var first = ModelTrainer.Train(Papers, options).PredictProbabilities(probe);
        var second = ModelTrainer.Train(Papers, options).PredictProbabilities(probe);

        Assert.Equal(first.Select(p => p.ToArray()), second.Select(p => p.ToArray()));
    }

    [Fact]
    public void Train_WhenEverySummaryIsEmpty_TrainsOnTitlesAndPredicts()
    {
        var papers = Papers.Select(p => p with { Summary = "" }).ToList();

        var model = ModelTrainer.Train(papers, FastOptions.Sdca);
        var probabilities = model.PredictProbabilities([papers[0] with { Summary = "a summary the model never saw" }]);

        Assert.Equal(9, probabilities[0].Length);
        Assert.Equal(1.0, probabilities[0].Sum(), precision: 3);
    }

    [Fact]
    public void Train_ScoresHeldOutPapersAsTheirCategory()
    {
        var probe = SyntheticPapers.Create(perCategory: 3, seed: 42);

        var model = ModelTrainer.Train(Papers, FastOptions.Sdca);
        var predicted = model.PredictProbabilities(probe).Select(p => model.Labels[Array.IndexOf(p, p.Max())]);

        var correct = predicted.Zip(probe).Count(x => x.First == x.Second.Category!.Name);
        Assert.True(correct >= probe.Count * 0.7, $"{correct} of {probe.Count} correct");
    }
}
