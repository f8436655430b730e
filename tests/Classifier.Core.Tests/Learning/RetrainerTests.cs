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
        var first = Retrainer.Retrain(RepoData.Folder, bundle, new LearnerOptions { Candidates = [FastOptions.Sdca, FastOptions.Lbfgs], Folds = 3, Gates = [] });

        var second = Retrainer.Retrain(RepoData.Folder, bundle, previous => LearnerOptions.Retrain(previous, folds: 3));

        var saved = ModelBundleStore.LoadMetadata(bundle);
        Assert.Equal(ComparisonOrigin.RunInThisTraining, first.Current.ComparisonOrigin);
        Assert.Equal(ComparisonOrigin.CarriedOver, saved.ComparisonOrigin);
        Assert.Equal(first.Current.TrainerComparison, saved.TrainerComparison);
        Assert.Equal(first.Current.Options, saved.Options);
        Assert.NotNull(second.Comparison);
        Assert.Equal(first.Current.CrossValidation.Model.MacroF1, second.Current.CrossValidation.Model.MacroF1);
    }

    [Fact]
    public void Retrain_AfterACrashBetweenTheRenames_ComparesWithTheBundleSetAsideAndRestoresTheFolder()
    {
        using var folder = new TempDirectory();
        var bundle = folder.PathOf("model");
        var options = new LearnerOptions { Candidates = [FastOptions.Lbfgs], Folds = 2, Gates = [] };
        var first = Retrainer.Retrain(RepoData.Folder, bundle, options);
        var learned = ModelLearner.Learn(Core.Lists.LabelledDataReader.Read(RepoData.Folder).Months, options);
        Assert.Throws<IOException>(() => ModelBundleStore.Save(learned, bundle,
            new BundleSwapper(step => { if (step == SwapStep.OldMovedAside) { throw new IOException("injected"); } })));
        Assert.False(Directory.Exists(bundle));

        var second = Retrainer.Retrain(RepoData.Folder, bundle, options);

        Assert.NotNull(second.Comparison);
        Assert.Equal(first.Current.DataHash, second.Previous?.DataHash);
        Assert.Equal(["model"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }
}
