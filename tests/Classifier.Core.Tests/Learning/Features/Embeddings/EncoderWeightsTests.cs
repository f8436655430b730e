using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class EncoderWeightsTests : IDisposable
{
    private static readonly string BundledModel = Path.Combine(Path.GetDirectoryName(RepoData.Folder)!, "trained-models");

    private static readonly Paper Segmentation = new() { Title = "Open-vocabulary panoptic segmentation with text-to-image diffusion models" };

    private readonly TempDirectory _temp = new();

    [Fact]
    public void Load_OfABundleThatNamesNoWeights_ReadsItAsFp32()
    {
        var metadata = ModelBundleStore.LoadMetadata(BundledModel);

        Assert.Equal(EncoderWeights.Fp32, metadata.Encoder!.Weights);
        Assert.Equal(MiniLmModel.Identity, metadata.Encoder);
    }

    [Fact]
    public void Save_OfABundleTrainedWithInt8_RecordsTheWeightsAndTheInt8ModelsHash()
    {
        var int8 = EncoderWeights.Identity(EncoderWeights.Int8);
        var bundle = ModelBundleStore.Load(BundledModel);
        var directory = _temp.PathOf("int8");

        ModelBundleStore.Save(bundle with { Metadata = bundle.Metadata with { Encoder = int8 } }, directory);
        var loaded = ModelBundleStore.LoadMetadata(directory);

        Assert.Equal(int8, loaded.Encoder);
        Assert.Equal(EncoderWeights.Int8, loaded.Encoder!.Weights);
        Assert.NotEqual(MiniLmModel.Identity.ModelSha256, loaded.Encoder.ModelSha256);
    }

    [Fact]
    public void Identity_OfInt8_IsTheOneItsEmbedderReports_HashedOnce()
    {
        using var embedder = EncoderWeights.Embedder(EncoderWeights.Int8);

        Assert.Same(EncoderWeights.Identity(EncoderWeights.Int8), embedder.Identity);
    }

    [Fact]
    public void ModelPath_OfInt8_IsFoundOncePerProcess()
    {
        var first = EncoderWeights.ModelPath(EncoderWeights.Int8);

        Assert.Same(first, EncoderWeights.ModelPath(EncoderWeights.Int8));
        Assert.True(File.Exists(first));
    }

    [Fact]
    public void Tag_WithABundleThatRecordsTheInt8Encoder_EncodesWithTheInt8Model()
    {
        var directory = Copy(_ => EncoderWeights.Identity(EncoderWeights.Int8));

        var result = PaperTagger.Load(directory).Tag([Segmentation]).Single();

        Assert.Equal("Image Segmentation", result.Proposed?.Name);
    }

    [Fact]
    public void Tag_WhenAnFp32BundleClaimsInt8Weights_RefusesBeforeEncoding()
    {
        var directory = Copy(encoder => encoder with { Weights = EncoderWeights.Int8 });

        var error = Assert.Throws<ModelBundleException>(() => PaperTagger.Load(directory).Tag([Segmentation]).ToList());

        Assert.Contains("int8 (model sha256 " + MiniLmModel.Identity.ShortHash, error.Message, StringComparison.Ordinal);
        Assert.Contains("retrain the model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifiedEmbedder_WhenABundleTrainedWithInt8MeetsTheFp32Encoder_Refuses()
    {
        var embedder = new VerifiedEmbedder(EncoderWeights.Embedder(EncoderWeights.Fp32), EncoderWeights.Identity(EncoderWeights.Int8), "trained-models");

        var error = Assert.Throws<ModelBundleException>(() => embedder.Embed([Segmentation]));

        Assert.Contains($"trained with encoder {EncoderWeights.Identity(EncoderWeights.Int8)}, but this tool has {MiniLmModel.Identity}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenTheBundleNamesUnknownWeights_RefusesWithOneLine()
    {
        var directory = Copy(encoder => encoder with { Weights = "fp16" });

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(directory));

        Assert.Contains("encoder weights 'fp16', this tool runs fp32 or int8", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(null, EncoderWeights.Int8, EncoderWeights.Int8)]
    [InlineData(EncoderWeights.Fp32, EncoderWeights.Int8, EncoderWeights.Fp32)]
    [InlineData(EncoderWeights.Int8, null, EncoderWeights.Int8)]
    [InlineData(null, null, EncoderWeights.Fp32)]
    public void Options_TakeTheGivenWeightsElseThoseOfTheBundleBeingReplaced(string? given, string? previous, string expected)
    {
        var metadata = previous is null ? null : ModelBundleStore.LoadMetadata(BundledModel) is var m ? m with { Encoder = m.Encoder! with { Weights = previous } } : null;

        var options = TrainerChoice.Options(TrainerChoice.Current, seed: null, folds: 5, encoder: given)(metadata);

        Assert.Equal(expected, options.Encoder);
    }

    public void Dispose() => _temp.Dispose();

    // The bundled model saved into a scratch folder (so its manifest matches) with its encoder changed.
    private string Copy(Func<EncoderIdentity, EncoderIdentity> change)
    {
        var directory = _temp.PathOf("bundle");
        var bundle = ModelBundleStore.Load(BundledModel);
        ModelBundleStore.Save(bundle with { Metadata = bundle.Metadata with { Encoder = change(bundle.Metadata.Encoder!) } }, directory);
        return directory;
    }
}
