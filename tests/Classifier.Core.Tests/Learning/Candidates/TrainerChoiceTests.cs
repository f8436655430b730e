using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;

namespace Classifier.Core.Tests.Learning.Candidates;

public sealed class TrainerChoiceTests
{
    [Fact]
    public void Options_WhenOneTrainerIsChosen_KeepsOnlyItsCandidatesWithTheSeed()
    {
        var options = TrainerChoice.Options("lbfgs", seed: 7, folds: 3)(null);

        Assert.NotEmpty(options.Candidates);
        Assert.All(options.Candidates, c => Assert.Equal(TrainerKind.LbfgsMaximumEntropy, c.Trainer));
        Assert.All(options.Candidates, c => Assert.Equal(7, c.Seed));
        Assert.Equal(3, options.Folds);
    }

    [Fact]
    public void Options_WhenAll_KeepsEveryCandidate()
    {
        Assert.Equal(TrainerCandidates.All(1).Count, TrainerChoice.Options("all", 1, 5)(null).Candidates.Count);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("lbfgs")]
    public void Options_WhenOnlyNgramsAreChosen_HasNoGateSoTaggingNeedsNoEncoder(string choice)
    {
        var options = TrainerChoice.Options(choice, seed: null, folds: 5, features: "ngrams")(null);

        Assert.Empty(options.Gates);
        Assert.All(options.Candidates, c => Assert.Equal(Classifier.Core.Learning.Features.FeatureSet.NGrams, c.Features));
    }

    [Fact]
    public void Options_WhenBothFeaturesAreChosen_KeepsTheRecommendedGate()
    {
        Assert.Single(TrainerChoice.Options("lbfgs", seed: null, folds: 5, features: "both")(null).Gates);
    }

    [Fact]
    public void Options_WhenCurrent_RetrainsThePreviousWinnerOnly()
    {
        var previous = new TrainingOptions { Trainer = TrainerKind.LbfgsMaximumEntropy, Seed = 3, UseSummary = false };

        var options = TrainerChoice.Options(TrainerChoice.Current, seed: null, folds: 5)(Metadata(previous));

        Assert.Equal([previous], options.Candidates);
    }

    [Fact]
    public void Options_WhenCurrentWithoutAPreviousModel_TrainsTheRecommendedConfiguration()
    {
        var options = TrainerChoice.Options(TrainerChoice.Current, seed: null, folds: 5)(null);

        Assert.Equal([TrainerCandidates.Recommended(1)], options.Candidates);
    }

    private static BundleMetadata Metadata(TrainingOptions options) =>
        ModelBundleStore.LoadMetadata(Path.Combine(Path.GetDirectoryName(RepoData.Folder)!, "trained-models")) with { Options = options };
}
