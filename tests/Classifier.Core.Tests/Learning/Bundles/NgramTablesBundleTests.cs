using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Papers;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Learning.Features.Ngrams;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Bundles;

public sealed class NgramTablesBundleTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>, IDisposable
{
    private readonly TempDirectory _folder = new();

    private string Bundle => _folder.PathOf("trained-models");

    private string TablesPath => System.IO.Path.Combine(Bundle, NgramTablesFile.FileName);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Save_ForAnNgramMaximumEntropyModel_WritesItsTablesAndListsThemInTheManifest()
    {
        ModelBundleStore.Save(fixture.Bundle, Bundle);

        Assert.True(File.Exists(TablesPath));
        Assert.Contains($"\"{NgramTablesFile.FileName}\"", File.ReadAllText(System.IO.Path.Combine(Bundle, BundleManifest.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_WithoutReasons_ScoresFromTheTablesWithoutLoadingMlNetsModel()
    {
        var papers = fixture.Months.SelectMany(m => m.Papers).ToList();
        ModelBundleStore.Save(fixture.Bundle, Bundle);

        var loaded = ModelBundleStore.Load(Bundle);
        var results = new PaperTagger(loaded, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();

        Assert.False(loaded.Model.IsPipelineLoaded);
        var expected = fixture.Bundle.Model.PredictProbabilities(papers);
        var actual = new PaperTagger(fixture.Bundle, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();
        Assert.Equal(actual.Select(r => r.Ranked[0].Category), results.Select(r => r.Ranked[0].Category));
        foreach (var (paper, probabilities) in papers.Zip(expected))
        {
            var direct = loaded.Model.Direct!.TryScore(paper, loaded.Model.Direct.NewScratch())!;
            Assert.All(probabilities.Zip(direct), p => Assert.InRange(p.Second, p.First - 1e-5, p.First + 1e-5));
        }
    }

    [Fact]
    public void Tag_APaperTheTablesCannotScore_LoadsMlNetsModelForIt()
    {
        var paper = new Paper { Title = "segmentation\0of scenes", Summary = "a summary" };
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        var loaded = ModelBundleStore.Load(Bundle);

        var result = new PaperTagger(loaded, reasonCount: 0, neighbourCount: 0).Tag([paper]).Single();

        Assert.True(loaded.Model.IsPipelineLoaded);
        Assert.Equal(new PaperTagger(fixture.Bundle, reasonCount: 0, neighbourCount: 0).Tag([paper]).Single().Ranked, result.Ranked);
    }

    [Fact]
    public void Tag_APaperWithAccentsAndTypographicDashes_ScoresItFromTheTables()
    {
        var paper = new Paper { Title = "Caf\u00e9 sc\u00e8nes \u2014 \u201csegmentation\u201d", Summary = "na\u00efve" };
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        var loaded = ModelBundleStore.Load(Bundle);

        var result = new PaperTagger(loaded, reasonCount: 0, neighbourCount: 0).Tag([paper]).Single();

        Assert.False(loaded.Model.IsPipelineLoaded);
        var expected = new PaperTagger(fixture.Bundle, reasonCount: 0, neighbourCount: 0).Tag([paper]).Single();
        Assert.Equal(expected.Ranked.Select(r => r.Category), result.Ranked.Select(r => r.Category));
    }

    [Fact]
    public void Tag_WithReasons_LoadsMlNetsModelAndNamesThem()
    {
        var papers = fixture.Months[0].Papers.Take(3).ToList();
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        var loaded = ModelBundleStore.Load(Bundle);

        var results = new PaperTagger(loaded).Tag(papers).ToList();

        Assert.True(loaded.Model.IsPipelineLoaded);
        Assert.Equal(new PaperTagger(fixture.Bundle).Tag(papers).Select(r => r.Reasons.Select(n => n.Ngram)), results.Select(r => r.Reasons.Select(n => n.Ngram)));
    }

    [Theory]
    [InlineData("damaged", "ngram-tables.bin: not valid n-gram tables: its checksum does not match")]
    [InlineData("damaged, manifest rewritten", "ngram-tables.bin: not valid n-gram tables: its checksum does not match")]
    [InlineData("missing", "ngram-tables.bin: does not match the bundle's manifest.json")]
    [InlineData("another model's", "ngram-tables.bin: not valid n-gram tables: made for another model.zip")]
    [InlineData("in a bundle without a manifest", "ngram-tables.bin: not valid n-gram tables: its checksum does not match")]
    public void Load_WhenTheTablesAreBad_FailsWithOneLineNamingThem(string fault, string expected)
    {
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        Break(fault);

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(Bundle));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_AnOlderBundleWithoutTables_ScoresThroughMlNetAsBefore()
    {
        var papers = fixture.Months[0].Papers.Take(5).ToList();
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        File.Delete(TablesPath);
        BundleManifest.WriteFor(Bundle);

        var loaded = ModelBundleStore.Load(Bundle);

        Assert.True(loaded.Model.IsPipelineLoaded);
        Assert.NotNull(loaded.Model.Direct);
        Assert.Equal(fixture.Bundle.Model.PredictProbabilities(papers), loaded.Model.PredictProbabilities(papers));
    }

    [Fact]
    public void Fingerprint_IsTheSameWithAndWithoutTheTables()
    {
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        var with = ModelFingerprint.Of(Bundle);

        File.Delete(TablesPath);

        Assert.Equal(with, ModelFingerprint.Of(Bundle));
    }

    private void Break(string fault)
    {
        switch (fault)
        {
            case "damaged":
                Flip(TablesPath, 100);
                break;
            case "damaged, manifest rewritten":
                Flip(TablesPath, 100);
                BundleManifest.WriteFor(Bundle);
                break;
            case "missing":
                File.Delete(TablesPath);
                break;
            case "another model's":
                var other = ModelTrainer.Train(fixture.Months.SelectMany(m => m.Papers).ToList(), FastOptions.Lbfgs with { MaximumIterations = 3 }, fixture.Bundle.Model.Labels);
                var (tables, zip) = NgramTablesFileTests.Tables(other);
                File.WriteAllBytes(TablesPath, NgramTablesFile.Write(tables, other.Labels, zip));
                BundleManifest.WriteFor(Bundle);
                break;
            case "in a bundle without a manifest":
                Flip(TablesPath, 100);
                File.Delete(System.IO.Path.Combine(Bundle, BundleManifest.FileName));
                break;
        }
    }

    private static void Flip(string path, int at)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[at] ^= 0x40;
        File.WriteAllBytes(path, bytes);
    }
}
