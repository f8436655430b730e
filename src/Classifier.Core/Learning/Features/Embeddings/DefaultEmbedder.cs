namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>The embedder training uses: MiniLM through the on-disk cache in <see cref="EmbeddingCache.DefaultFolder"/>.</summary>
internal static class DefaultEmbedder
{
    public static MiniLmPaperEmbedder WithCache(string? cacheFolder = null) =>
        new(EmbeddingCache.Open(cacheFolder ?? EmbeddingCache.DefaultFolder(), MiniLmModel.Identity));
}
