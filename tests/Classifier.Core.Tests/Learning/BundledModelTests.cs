using Classifier.Core.Evaluation;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Lists;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning;

/// <summary>Guards the model committed in trained-models/: it must be the one `cvclassify train` makes from data/.</summary>
public sealed class BundledModelTests
{
    private static readonly string BundleFolder = Path.Combine(Path.GetDirectoryName(RepoData.Folder)!, "trained-models");

    [Fact]
    public void BundledModel_WasTrainedOnExactlyTheLabelledMonthsInData()
    {
        var bundle = ModelBundleStore.Load(BundleFolder);
        var data = LabelledDataReader.Read(RepoData.Folder);

        var papers = data.Months.SelectMany(m => m.Papers).ToList();

        // A failure here means data/ changed without `cvclassify train` being run to refresh trained-models/.
        Assert.Equal(DataHasher.Hash(papers), bundle.Metadata.DataHash);
        Assert.Equal(papers.Count, bundle.Metadata.RowCount);
    }

    [Fact]
    public void BundledModel_OutOfFoldProbabilities_AreReproducedByRetrainingItsConfiguration()
    {
        var bundle = ModelBundleStore.Load(BundleFolder);
        var months = LabelledDataReader.Read(RepoData.Folder).Months;
        Assert.StartsWith("leave-one-month-out", bundle.Metadata.CrossValidation.Split);
        Assert.NotNull(bundle.Metadata.Gate);

        var oof = MonthFoldPredictor.Predict(months, bundle.Metadata.Options, bundle.Metadata.Gate.Options, SharedEmbedder.Value).For(InputShape.TitleAndSummary);

        Assert.Equal(bundle.OutOfFold.Count, oof.Papers.Count);
        for (var i = 0; i < oof.Papers.Count; i++)
        {
            Assert.Equal(bundle.OutOfFold[i].PaperId, oof.Papers[i].Id);
            Assert.Equal(bundle.OutOfFold[i].Probabilities, oof.Probabilities[i]);
        }
    }

    [Fact]
    public void BundledModel_OnTitlesAlone_TellsFewInScopePapersThatNoCategoryFits()
    {
        var metadata = ModelBundleStore.LoadMetadata(BundleFolder);

        var titles = metadata.ShapesCrossValidation!.Single(s => s.Shape == InputShape.TitleOnly);

        Assert.Equal(608, titles.InScope);
        Assert.True(titles.InScopeAbstain <= 0.09, $"titles alone: {titles.InScopeAbstain:0.000} of in-scope papers abstain");
        Assert.True(titles.OutOfScopeRecall >= 0.7, $"titles alone: out-of-scope recall {titles.OutOfScopeRecall:0.000}");
    }
}
