using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>Reads the direct scorer's tables out of a loaded n-gram model and its saved bytes (the n-grams from model.zip, the rest from ML.NET's objects).</summary>
internal static class NgramTablesExtractor
{
    /// <summary>The tables of a model that is word + character TF-IDF of the title (and summary) into one maximum-entropy trainer; null for any other model.</summary>
    public static NgramTables? TryExtract(ITransformer transformer, DataViewSchema inputSchema, byte[] modelZip)
    {
        var output = transformer.GetOutputSchema(inputSchema);
        var withSummary = output.GetColumnOrNull(Columns.SummaryFeatures) is not null;
        if (transformer is not TransformerChain<ITransformer> chain
            || chain.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().SingleOrDefault() is not { } trainer
            || NgramPoolReader.Read(modelZip) is not { } pools
            || pools.Count != (withSummary ? 2 : 1))
        {
            return null;
        }
        var title = Column(output, Columns.TitleFeatures, pools[0]);
        var summary = withSummary ? Column(output, Columns.SummaryFeatures, pools[1]) : null;
        var width = (title?.Width ?? 0) + (summary?.Width ?? 0);
        if (title is null || (withSummary && summary is null) || (output.GetColumnOrNull(Columns.Features)?.Type as VectorDataViewType)?.Size != width)
        {
            return null;
        }
        VBuffer<float>[] rows = [];
        trainer.Model.GetWeights(ref rows, out var classes);
        var biases = trainer.Model.GetBiases().ToArray();
        if (classes != biases.Length || rows.Any(r => r.Length != width))
        {
            return null;
        }
        var weights = new float[width * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (slot, weight) in rows[c].Items())
            {
                weights[slot * classes + c] = weight;
            }
        }
        return new NgramTables(title, summary, weights, biases);
    }

    private static NgramColumnTables? Column(DataViewSchema output, string column, (NgramPool Words, NgramPool Chars) pools)
    {
        if (output.GetColumnOrNull(column) is not { } feature || !feature.HasSlotNames())
        {
            return null;
        }
        VBuffer<ReadOnlyMemory<char>> names = default;
        feature.GetSlotNames(ref names);
        // The word slots follow the character slots and are named "Word.<n-gram>"; only the unigrams' names (their terms) are kept.
        var chars = pools.Chars.Sequences.Length;
        var words = new string?[pools.Words.Sequences.Length];
        var slot = 0;
        foreach (var name in names.DenseValues())
        {
            var word = slot - chars;
            if (word >= words.Length || (word >= 0 && !name.Span.StartsWith("Word.", StringComparison.Ordinal)))
            {
                return null;
            }
            if (word >= 0 && pools.Words.Sequences[word].Length == 1)
            {
                words[word] = name[5..].ToString();
            }
            slot++;
        }
        return slot == chars + words.Length ? new NgramColumnTables(pools.Words, pools.Chars, words) : null;
    }
}
