using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Learning;

/// <summary>One small bundle learned once and shared by the bundle, tagger and review tests.</summary>
public sealed class LearnedBundleFixture
{
    public LearnedBundleFixture()
    {
        Months = SyntheticPapers.Months(2, perCategory: 5);
        Bundle = ModelLearner.Learn(Months, Options);
    }

    internal static LearnerOptions Options { get; } = new()
    {
        Candidates = [FastOptions.Sdca, FastOptions.Lbfgs],
        Folds = 3,
    };

    internal IReadOnlyList<LabelledMonth> Months { get; }

    internal ModelBundle Bundle { get; }
}
