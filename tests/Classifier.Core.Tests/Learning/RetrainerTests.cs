using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
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

public sealed class RetrainerAddedMonthTests
{
    [Fact]
    public void Retrain_AfterAMonthIsAdded_ComparesThePreviousModelOnThatMonthWithTheNewModelOutOfFold()
    {
        using var folder = new TempDirectory();
        var data = folder.PathOf("data");
        Directory.CreateDirectory(data);
        foreach (var month in new[] { "May", "June" })
        {
            File.Copy(Path.Combine(RepoData.Folder, $"Top CV Papers in {month} 2023.md"), Path.Combine(data, $"Top CV Papers in {month} 2023.md"));
        }
        var bundle = folder.PathOf("model");
        var options = new LearnerOptions { Candidates = [FastOptions.Lbfgs], Folds = 2, Gates = [] };
        Retrainer.Retrain(data, bundle, options);
        var previous = ModelBundleStore.Load(bundle);
        File.Copy(Path.Combine(RepoData.Folder, "Top CV Papers in September 2023.md"), Path.Combine(data, "Top CV Papers in September 2023.md"));
        var september = Core.Lists.ListParser.Read(Path.Combine(data, "Top CV Papers in September 2023.md")).Papers.Where(p => p.Category is not null).ToList();

        var second = Retrainer.Retrain(data, bundle, previous => LearnerOptions.Retrain(previous, folds: 2));

        Assert.StartsWith("The previous model on September 2023 (a true hold-out: it never saw them)", second.ComparisonHeading, StringComparison.Ordinal);
        var predicted = previous.Model.PredictProbabilities(september).Select(p => previous.Model.Labels[Core.Evaluation.OutOfFoldPredictions.ArgMax(p)]).ToList();
        var expected = september.Zip(predicted).Count(x => x.First.Category!.Name == x.Second) / (double)september.Count;
        Assert.Equal(expected, second.Comparison!.PreviousAccuracy, 6);
        var records = ModelBundleStore.Load(bundle).OutOfFold.Where(r => r.Month == "2023-09").ToList();
        var outOfFold = records.Count(r => second.Current.Labels[Core.Evaluation.OutOfFoldPredictions.ArgMax(r.Probabilities)] == r.Label) / (double)records.Count;
        Assert.Equal(september.Count, records.Count);
        Assert.Equal(outOfFold, second.Comparison.CurrentAccuracy, 6);
    }

    [Fact]
    public void Retrain_OnTheSameMonths_ComparesConfigurationsOnTheSameData()
    {
        using var folder = new TempDirectory();
        var bundle = folder.PathOf("model");
        var options = new LearnerOptions { Candidates = [FastOptions.Lbfgs], Folds = 2, Gates = [] };
        Retrainer.Retrain(RepoData.Folder, bundle, options);

        var second = Retrainer.Retrain(RepoData.Folder, bundle, options);

        Assert.Equal("Against the previous configuration, both cross-validated on the current data", second.ComparisonHeading);
    }
}
