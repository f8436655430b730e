namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>The embedder training uses: MiniLM (fp32 unless int8 is asked for) through the on-disk cache in <see cref="EmbeddingCache.DefaultFolder"/>.</summary>
internal static class DefaultEmbedder
{
    public static MiniLmPaperEmbedder WithCache(string? cacheFolder = null, string weights = EncoderWeights.Fp32) =>
        EncoderWeights.Embedder(weights, EmbeddingCache.Open(cacheFolder ?? EmbeddingCache.DefaultFolder(), EncoderWeights.Identity(weights)));
}
