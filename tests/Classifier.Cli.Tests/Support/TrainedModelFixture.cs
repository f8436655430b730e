using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Lists;

namespace Classifier.Cli.Tests.Support;

/// <summary>One model bundle trained on the repository's months (LBFGS maximum entropy, the quicker trainer; 3 folds, seed 1), shared by the tests that need a model.</summary>
public sealed class TrainedModelFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public TrainedModelFixture()
    {
        var months = LabelledDataReader.Read(Repository.DataFolder).Months;
        var options = new LearnerOptions
        {
            Candidates = [new TrainingOptions { Trainer = TrainerKind.LbfgsMaximumEntropy, Seed = 1 }],
            Folds = 3,
            // The n-gram model without the encoder: out of scope as a tenth class (the gated model is tested in Core).
            Gates = [],
        };
        ModelBundleStore.Save(ModelLearner.Learn(months, options), ModelPath);
    }

    public string ModelPath => _temp.PathOf("model");

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TrainedModelCollection : ICollectionFixture<TrainedModelFixture>
{
    public const string Name = "trained model";
}
