using System.Collections.Concurrent;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Microsoft.ML.Data;

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

    private static readonly ConcurrentDictionary<(Type Row, int Width), SchemaDefinition> Schemas = new();

    /// <summary>The row type's schema with an embedding this wide: the attribute's width is the encoder's, and a recipe may be wider.</summary>
    public static SchemaDefinition Schema(int width) => SchemaOf<PaperRow>(width);

    /// <summary>The scored row's schema to match (the embedding is passed through).</summary>
    public static SchemaDefinition ScoredSchema(int width) => SchemaOf<ScoredRow>(width);

    private static SchemaDefinition SchemaOf<T>(int width) => Schemas.GetOrAdd((typeof(T), width), key =>
    {
        var schema = SchemaDefinition.Create(key.Row);
        schema[Columns.Embedding].ColumnType = new VectorDataViewType(NumberDataViewType.Single, key.Width);
        return schema;
    });
}
