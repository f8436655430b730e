using System.Security.Cryptography;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Support;
using Microsoft.ML.Data;

namespace Classifier.Core.Tests.Learning.Bundles;

[Collection(SemanticBundleCollection.Name)]
public sealed class SemanticTablesBundleTests(SemanticBundleFixture fixture) : IDisposable
{
    // Float sums in another order than ML.NET's SIMD dot products.
    private const double Tolerance = 1e-5;

    private readonly TempDirectory _folder = new();

    private string Bundle => _folder.PathOf("trained-models");

    private string TablesPath => Path.Combine(Bundle, SemanticTablesFile.FileName);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Save_ForTheGatedSemanticModel_WritesItsTablesAndListsThemInTheManifest()
    {
        ModelBundleStore.Save(fixture.Bundle, Bundle);

        Assert.True(File.Exists(TablesPath));
        Assert.False(File.Exists(Path.Combine(Bundle, NgramTablesFile.FileName)));
        Assert.Contains($"\"{SemanticTablesFile.FileName}\"", File.ReadAllText(Path.Combine(Bundle, BundleManifest.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void DirectScorers_OnEveryPaperOfData_WithAndWithoutItsSummary_GiveMlNetsProbabilities()
    {
        var papers = Papers();
        var model = fixture.Bundle.Model;
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        var tables = Tables();
        var categories = LinearNgramScorer.Create(tables.Categories)!;
        var gate = GateScorer.Create(tables.Gate!)!;
        // The encoder's vectors through the shared cache: the scorers, not the encoder, are under test.
        var embeddings = model.Embedder!.Embed(papers);
        var titleEmbeddings = model.Gate!.Embedder.Embed([.. papers.Select(OutOfScopeGate.TitleOnly)]);

        var scratch = categories.NewScratch();
        var gateScratch = gate.NewScratch();
        var actual = papers.Select((p, i) => categories.TryScore(p, embeddings[i], scratch)).ToList();
        var actualGate = papers.Select((p, i) => gate.TryProbability(p.Title, titleEmbeddings[i], gateScratch)).ToList();

        using var engine = model.CreateEngine();
        var rows = papers.Select((p, i) => new GateRow { Title = p.Title, TitleEmbedding = titleEmbeddings[i] }).ToList();
        var expectedGate = model.Gate.Transformer.Transform(model.Gate.Ml.Data.LoadFromEnumerable(rows)).GetColumn<float>(nameof(GateOutput.Probability)).ToArray();
        for (var i = 0; i < papers.Count; i++)
        {
            var expected = engine.Predict(PaperRow.Unlabelled(papers[i], embeddings[i])).Score;
            Assert.NotNull(actual[i]);
            Assert.Equal(Array.IndexOf(expected, expected.Max()), Array.IndexOf(actual[i]!, actual[i]!.Max()));
            Assert.All(expected.Zip(actual[i]!), p => Assert.InRange(p.Second, p.First - Tolerance, p.First + Tolerance));
            Assert.NotNull(actualGate[i]);
            Assert.InRange(actualGate[i]!.Value, expectedGate[i] - Tolerance, expectedGate[i] + Tolerance);
        }
    }

    [Fact]
    public void Tag_WithoutReasons_RanksEveryPaperAsMlNetDoesWithoutLoadingEitherModel()
    {
        var papers = Papers();
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        var loaded = ModelBundleStore.Load(Bundle);

        var results = new PaperTagger(loaded, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();

        Assert.False(loaded.Model.IsPipelineLoaded);
        Assert.False(loaded.Model.Gate!.IsPipelineLoaded);
        var expected = new PaperTagger(fixture.Bundle, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();
        Assert.Equal(expected.Select(r => (r.Ranked[0].Category, r.NoCategoryFits)), results.Select(r => (r.Ranked[0].Category, r.NoCategoryFits)));
        Assert.All(expected.Zip(results), pair => Assert.All(
            pair.First.Ranked.Zip(pair.Second.Ranked),
            r => Assert.InRange(r.Second.Probability, r.First.Probability - Tolerance, r.First.Probability + Tolerance)));
    }

    [Fact]
    public void Tag_WithReasons_LoadsTheCategoryModelAndNamesItsReasons()
    {
        var papers = fixture.Months[0].Papers.Take(3).ToList();
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        var loaded = ModelBundleStore.Load(Bundle);

        var results = new PaperTagger(loaded).Tag(papers).ToList();

        Assert.True(loaded.Model.IsPipelineLoaded);
        var expected = new PaperTagger(fixture.Bundle).Tag(papers).ToList();
        Assert.Equal(expected.Select(r => r.Reasons.Select(n => n.Ngram)), results.Select(r => r.Reasons.Select(n => n.Ngram)));
        Assert.Equal(expected.Select(r => r.Neighbours.Select(n => n.Title)), results.Select(r => r.Neighbours.Select(n => n.Title)));
    }

    [Fact]
    public void Tag_ATitleTheTablesCannotScore_LoadsBothModelsForIt()
    {
        var paper = new Paper { Title = "segmentation\0of scenes", Summary = "a summary" };
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        var loaded = ModelBundleStore.Load(Bundle);

        var result = new PaperTagger(loaded, reasonCount: 0, neighbourCount: 0).Tag([paper]).Single();

        Assert.True(loaded.Model.IsPipelineLoaded);
        Assert.True(loaded.Model.Gate!.IsPipelineLoaded);
        var expected = new PaperTagger(fixture.Bundle, reasonCount: 0, neighbourCount: 0).Tag([paper]).Single();
        Assert.Equal(expected.Ranked.Select(r => r.Category), result.Ranked.Select(r => r.Category));
        Assert.All(expected.Ranked.Zip(result.Ranked), r => Assert.InRange(r.Second.Probability, r.First.Probability - Tolerance, r.First.Probability + Tolerance));
    }

    [Theory]
    [InlineData("damaged", "semantic-tables.bin: not valid semantic tables: its checksum does not match")]
    [InlineData("damaged, manifest rewritten", "semantic-tables.bin: not valid semantic tables: its checksum does not match")]
    [InlineData("cut short, manifest rewritten", "semantic-tables.bin: not valid semantic tables: its checksum does not match")]
    [InlineData("missing", "semantic-tables.bin: does not match the bundle's manifest.json")]
    [InlineData("another model's", "semantic-tables.bin: not valid semantic tables: made for another model.zip or gate.zip")]
    [InlineData("another gate's", "semantic-tables.bin: not valid semantic tables: made for another model.zip or gate.zip")]
    [InlineData("an n-gram tables file", "semantic-tables.bin: not valid semantic tables: not a semantic tables file")]
    [InlineData("in a bundle without a manifest", "semantic-tables.bin: not valid semantic tables: its checksum does not match")]
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
        var results = new PaperTagger(loaded, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();

        Assert.True(loaded.Model.IsPipelineLoaded);
        Assert.True(loaded.Model.Gate!.IsPipelineLoaded);
        Assert.Null(loaded.Model.Direct);
        Assert.Equal(fixture.Bundle.Model.PredictProbabilities(papers), loaded.Model.PredictProbabilities(papers));
        Assert.Equal(new PaperTagger(fixture.Bundle, reasonCount: 0, neighbourCount: 0).Tag(papers).Select(r => r.Ranked), results.Select(r => r.Ranked));
    }

    [Fact]
    public void Fingerprint_IsTheSameWithAndWithoutTheTables()
    {
        ModelBundleStore.Save(fixture.Bundle, Bundle);
        var with = ModelFingerprint.Of(Bundle);

        File.Delete(TablesPath);

        Assert.Equal(with, ModelFingerprint.Of(Bundle));
    }

    // Every labelled paper of data/ as listed (with its summary) and by its title alone.
    private List<Paper> Papers() =>
        [.. fixture.Months.SelectMany(m => m.Papers).SelectMany(p => new[] { p, p with { Summary = "" } })];

    private void Break(string fault)
    {
        var labels = fixture.Bundle.Model.Labels;
        var zip = File.ReadAllBytes(Path.Combine(Bundle, ModelBundleStore.ModelFile));
        var gateZip = File.ReadAllBytes(Path.Combine(Bundle, GateBundleFiles.ModelFile));
        switch (fault)
        {
            case "damaged":
                Flip(TablesPath, 1000);
                break;
            case "damaged, manifest rewritten":
                Flip(TablesPath, 1000);
                BundleManifest.WriteFor(Bundle);
                break;
            case "cut short, manifest rewritten":
                File.WriteAllBytes(TablesPath, File.ReadAllBytes(TablesPath)[..^100]);
                BundleManifest.WriteFor(Bundle);
                break;
            case "missing":
                File.Delete(TablesPath);
                break;
            case "another model's":
                File.WriteAllBytes(TablesPath, SemanticTablesFile.Write(Tables(zip, gateZip), labels, [.. zip, 0], gateZip));
                BundleManifest.WriteFor(Bundle);
                break;
            case "another gate's":
                File.WriteAllBytes(TablesPath, SemanticTablesFile.Write(Tables(zip, gateZip), labels, zip, [.. gateZip, 0]));
                BundleManifest.WriteFor(Bundle);
                break;
            case "an n-gram tables file":
                var ngrams = ModelTrainer.Train(fixture.Months.SelectMany(m => m.Papers).ToList(), FastOptions.Lbfgs with { MaximumIterations = 3 }, [.. labels.Take(labels.Count - 1)]);
                var (tables, ngramZip) = Features.Ngrams.NgramTablesFileTests.Tables(ngrams);
                File.WriteAllBytes(TablesPath, NgramTablesFile.Write(tables, ngrams.Labels, ngramZip));
                BundleManifest.WriteFor(Bundle);
                break;
            case "in a bundle without a manifest":
                Flip(TablesPath, 1000);
                File.Delete(Path.Combine(Bundle, BundleManifest.FileName));
                break;
        }
    }

    // The tables as the bundle holds them, read back with the checks tag makes.
    private SemanticTables Tables() =>
        Tables(File.ReadAllBytes(Path.Combine(Bundle, ModelBundleStore.ModelFile)), File.ReadAllBytes(Path.Combine(Bundle, GateBundleFiles.ModelFile)));

    private SemanticTables Tables(byte[] zip, byte[] gateZip) =>
        SemanticTablesFile.Read(TablesPath, File.ReadAllBytes(TablesPath), SHA256.HashData(zip), SHA256.HashData(gateZip), fixture.Bundle.Model.Labels, 2 * MiniLmModel.Dimension, MiniLmModel.Dimension);

    private static void Flip(string path, int at)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[at] ^= 0x40;
        File.WriteAllBytes(path, bytes);
    }
}
