using Classifier.Core.Learning;

namespace Classifier.Core.Tests.Learning;

public sealed class TrainerChoiceTests
{
    [Fact]
    public void Options_WhenOneTrainerIsChosen_KeepsOnlyItsCandidatesWithTheSeed()
    {
        var options = TrainerChoice.Options("lbfgs", seed: 7, folds: 3);

        Assert.NotEmpty(options.Candidates);
        Assert.All(options.Candidates, c => Assert.Equal(TrainerKind.LbfgsMaximumEntropy, c.Trainer));
        Assert.All(options.Candidates, c => Assert.Equal(7, c.Seed));
        Assert.Equal(3, options.Folds);
    }

    [Fact]
    public void Options_WhenAll_KeepsEveryDefaultCandidate()
    {
        Assert.Equal(LearnerOptions.DefaultCandidates(1).Count, TrainerChoice.Options("all", 1, 5).Candidates.Count);
    }
}
