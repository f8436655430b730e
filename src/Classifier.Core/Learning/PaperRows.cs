using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;

namespace Classifier.Core.Learning;

/// <summary>Turns papers into model rows, embedding them a batch at a time so that a stream of papers stays a stream.</summary>
internal static class PaperRows
{
    /// <summary>Papers embedded at once: enough for full encoder batches, few enough to keep memory flat.</summary>
    public const int BatchSize = 64;

    /// <summary>One row per paper, in order; embeddings only when an embedder is given, the label only when asked for.</summary>
    public static IEnumerable<PaperRow> Stream(IEnumerable<Paper> papers, IPaperEmbedder? embedder, bool labelled = false)
    {
        foreach (var batch in papers.Chunk(BatchSize))
        {
            var embeddings = embedder?.Embed(batch);
            for (var i = 0; i < batch.Length; i++)
            {
                yield return labelled ? PaperRow.From(batch[i], embeddings?[i]) : PaperRow.Unlabelled(batch[i], embeddings?[i]);
            }
        }
    }
}
