using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning;

/// <summary>The recommended semantic configuration learned once on data/ (3 folds, seed 1) with the shared MiniLM embedder.</summary>
public sealed class SemanticBundleFixture
{
    public SemanticBundleFixture()
    {
        Months = LabelledDataReader.Read(RepoData.Folder).Months;
        Bundle = ModelLearner.Learn(Months, LearnerOptions.ForConfiguration(TrainerCandidates.Recommended(seed: 1), folds: 3) with { Embedder = SharedEmbedder.Value });
    }

    internal IReadOnlyList<LabelledMonth> Months { get; }

    internal ModelBundle Bundle { get; }
}
