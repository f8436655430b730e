using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Tests.Learning.Bundles;

public sealed class ModelBundleStoreTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"bundle-test-{Guid.NewGuid():N}", "trained-models");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_directory)!, recursive: true);

    [Fact]
    public void Load_AfterSave_ScoresPapersExactlyAsBefore()
    {
        var papers = fixture.Months[0].Papers.Take(5).ToList();

        ModelBundleStore.Save(fixture.Bundle, _directory);
        var loaded = ModelBundleStore.Load(_directory);

        Assert.Equal(fixture.Bundle.Model.PredictProbabilities(papers), loaded.Model.PredictProbabilities(papers));
        Assert.Equal(fixture.Bundle.Metadata.DataHash, loaded.Metadata.DataHash);
        Assert.Equal(fixture.Bundle.OutOfFold.Select(r => r.Probabilities), loaded.OutOfFold.Select(r => r.Probabilities));
    }

    [Fact]
    public void Save_OverAnOlderBundle_ReplacesItAndLeavesNoTemporaryFiles()
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);

        ModelBundleStore.Save(fixture.Bundle, _directory);

        Assert.Single(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(_directory)!));
        // metadata, model, out-of-fold records, n-gram tables, manifest.
        Assert.Equal(5, Directory.EnumerateFiles(_directory).Count());
    }

    [Fact]
    public void Save_RemovesAKilledSavesTemporaryFolderOlderThanAnHour()
    {
        var parent = Path.GetDirectoryName(_directory)!;
        var stale = Directory.CreateDirectory(Path.Combine(parent, ".trained-models.tmp-0123")).FullName;
        Directory.SetLastWriteTimeUtc(stale, DateTime.UtcNow - TimeSpan.FromHours(2));
        var fresh = Directory.CreateDirectory(Path.Combine(parent, ".trained-models.tmp-4567")).FullName;

        ModelBundleStore.Save(fixture.Bundle, _directory);

        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(fresh));
    }

    [Fact]
    public void Save_IntoAFolderThatIsNotABundle_Refuses()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "mine");

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Save(fixture.Bundle, _directory));

        Assert.Contains("not a model bundle", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory, "notes.txt")));
    }

    [Theory]
    [InlineData("missing-metadata", "metadata.json: missing")]
    [InlineData("bad-json", "metadata.json:1: not a valid bundle file")]
    [InlineData("wrong-version", "format version 99")]
    [InlineData("unknown-label", "label set mismatch")]
    [InlineData("corrupt-zip", "model.zip: not a loadable ML.NET model")]
    [InlineData("missing-oof", "oof.json: missing")]
    public void Load_WhenTheBundleIsBroken_FailsWithOneLineNamingTheFile(string fault, string expected)
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);
        Break(fault);

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(_directory));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_AVersionOneBundle_StillScoresPapers()
    {
        var papers = fixture.Months[0].Papers.Take(3).ToList();
        ModelBundleStore.Save(fixture.Bundle, _directory);
        // What a version 1 bundle lacked: the format number 2, each out-of-fold record's month (the n-gram fixture has no
        // encoder) and the manifest.
        File.Delete(Path.Combine(_directory, BundleManifest.FileName));
        Rewrite(Path.Combine(_directory, ModelBundleStore.MetadataFile), "\"FormatVersion\": 3", "\"FormatVersion\": 1");
        var oof = Path.Combine(_directory, ModelBundleStore.OutOfFoldFile);
        File.WriteAllText(oof, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(oof), @",\s*""Month"": ""[0-9-]+""", ""));

        var loaded = ModelBundleStore.Load(_directory);

        Assert.Equal(1, loaded.Metadata.FormatVersion);
        Assert.All(loaded.OutOfFold, r => Assert.Null(r.Month));
        Assert.Equal(fixture.Bundle.Model.PredictProbabilities(papers), loaded.Model.PredictProbabilities(papers));
    }

    private void Break(string fault)
    {
        var metadata = Path.Combine(_directory, ModelBundleStore.MetadataFile);
        switch (fault)
        {
            case "missing-metadata": File.Delete(metadata); break;
            case "bad-json": File.WriteAllText(metadata, "{ not json"); break;
            case "wrong-version": Rewrite(metadata, "\"FormatVersion\": 3", "\"FormatVersion\": 99"); break;
            case "unknown-label": Rewrite(metadata, "\"Image Recognition\",", "\"Medical Imaging\","); break;
            case "corrupt-zip": File.WriteAllText(Path.Combine(_directory, ModelBundleStore.ModelFile), "not a zip"); break;
            case "missing-oof": File.Delete(Path.Combine(_directory, ModelBundleStore.OutOfFoldFile)); break;
        }
    }

    private static void Rewrite(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
