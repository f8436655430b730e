using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Core.Tests.Support;

/// <summary>One MiniLM embedder for the whole test run, through the on-disk cache, so each labelled paper is encoded once per machine.</summary>
internal static class SharedEmbedder
{
    private static readonly Lazy<MiniLmPaperEmbedder> Instance = new(() => DefaultEmbedder.WithCache());

    public static IPaperEmbedder Value => Instance.Value;
}
