using Classifier.Core.Evaluation;
using Classifier.Core.Learning;
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
        var papers = LabelledDataReader.Read(RepoData.Folder).Months.SelectMany(m => m.Papers).ToList();
        Assert.StartsWith("5-fold", bundle.Metadata.CrossValidation.Split);

        var oof = OutOfFoldPredictor.Predict(papers, bundle.Metadata.Options, folds: 5, SharedEmbedder.Value);

        Assert.Equal(bundle.OutOfFold.Count, oof.Papers.Count);
        for (var i = 0; i < oof.Papers.Count; i++)
        {
            Assert.Equal(bundle.OutOfFold[i].PaperId, oof.Papers[i].Id);
            Assert.Equal(bundle.OutOfFold[i].Probabilities, oof.Probabilities[i]);
        }
    }
}
