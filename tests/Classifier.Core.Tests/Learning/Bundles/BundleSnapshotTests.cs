using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Tests.Learning.Bundles;

/// <summary>A reader never mixes two bundles: a swap in the middle of a read (a slowed file open) gives the old or the new bundle whole.</summary>
public sealed class BundleSnapshotTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"snapshot-test-{Guid.NewGuid():N}", "trained-models");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_directory)!, recursive: true);

    [Theory]
    [InlineData(ModelBundleStore.MetadataFile)]
    [InlineData(ModelBundleStore.ModelFile)]
    public void Load_WhenTrainSwapsTheBundleAfterAFileIsRead_ReturnsOneBundleWhole(string swapAfter)
    {
        var newer = ModelLearner.Learn(SyntheticPapers.Months(2, perCategory: 4), LearnedBundleFixture.Options with { Candidates = [FastOptions.Lbfgs] });
        ModelBundleStore.Save(fixture.Bundle, _directory);
        var swapped = false;
        byte[] SlowRead(string path)
        {
            var bytes = File.ReadAllBytes(path);
            if (!swapped && Path.GetFileName(path) == swapAfter)
            {
                swapped = true;
                ModelBundleStore.Save(newer, _directory);
            }
            return bytes;
        }

        var loaded = ModelBundleReader.Read(_directory, SlowRead);

        var papers = fixture.Months[0].Papers.Take(5).ToList();
        var whole = loaded.Metadata.DataHash == newer.Metadata.DataHash ? newer : fixture.Bundle;
        Assert.True(swapped);
        Assert.Equal(whole.Metadata.DataHash, loaded.Metadata.DataHash);
        Assert.Equal(whole.OutOfFold.Count, loaded.OutOfFold.Count);
        Assert.Equal(whole.Model.PredictProbabilities(papers), loaded.Model.PredictProbabilities(papers));
    }

    [Fact]
    public void Load_WhenTrainSwapsTheBundleAfterTheLastFileIsRead_ReturnsTheOldBundleWhole()
    {
        var newer = ModelLearner.Learn(SyntheticPapers.Months(2, perCategory: 4), LearnedBundleFixture.Options with { Candidates = [FastOptions.Lbfgs] });
        ModelBundleStore.Save(fixture.Bundle, _directory);
        // The reader reads the files in the order of ModelBundleStore.Files (the n-gram tables last, when present).
        var last = ModelBundleStore.Files.Last(name => File.Exists(Path.Combine(_directory, name)));
        var swapped = false;
        byte[] SlowRead(string path)
        {
            var bytes = File.ReadAllBytes(path);
            if (!swapped && Path.GetFileName(path) == last)
            {
                swapped = true;
                ModelBundleStore.Save(newer, _directory);
            }
            return bytes;
        }

        var loaded = ModelBundleReader.Read(_directory, SlowRead);

        Assert.True(swapped);
        Assert.Equal(fixture.Bundle.Metadata.DataHash, loaded.Metadata.DataHash);
        Assert.Equal(fixture.Bundle.OutOfFold.Count, loaded.OutOfFold.Count);
    }

    [Fact]
    public void Save_WritesAManifestListingEveryBundleFile()
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);

        var manifest = File.ReadAllText(Path.Combine(_directory, BundleManifest.FileName));

        Assert.Contains(ModelBundleStore.MetadataFile, manifest, StringComparison.Ordinal);
        Assert.Contains(ModelBundleStore.ModelFile, manifest, StringComparison.Ordinal);
        Assert.Contains(ModelBundleStore.OutOfFoldFile, manifest, StringComparison.Ordinal);
        Assert.Contains(Classifier.Core.Review.Decisions.ModelFingerprint.Of(_directory), manifest, StringComparison.Ordinal);
    }
}
