using Classifier.Core.Learning;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning;

public sealed class RetrainerTests
{
    [Fact]
    public void Retrain_WithThePreviousWinner_SavesTheCarriedComparisonAndComparesPerCategory()
    {
        using var folder = new TempDirectory();
        var bundle = folder.PathOf("model");
        var first = Retrainer.Retrain(RepoData.Folder, bundle, new LearnerOptions { Candidates = [FastOptions.Sdca, FastOptions.Lbfgs], Folds = 3 });

        var second = Retrainer.Retrain(RepoData.Folder, bundle, previous => LearnerOptions.Retrain(previous, folds: 3));

        var saved = ModelBundleStore.LoadMetadata(bundle);
        Assert.Equal(ComparisonOrigin.RunInThisTraining, first.Current.ComparisonOrigin);
        Assert.Equal(ComparisonOrigin.CarriedOver, saved.ComparisonOrigin);
        Assert.Equal(first.Current.TrainerComparison, saved.TrainerComparison);
        Assert.Equal(first.Current.Options, saved.Options);
        Assert.NotNull(second.Comparison);
        Assert.Equal(first.Current.CrossValidation.Model.MacroF1, second.Current.CrossValidation.Model.MacroF1);
    }
}
