using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>Reads the direct scorer's tables out of a loaded model and its saved bytes (the n-grams from the zip, the rest from ML.NET's objects).</summary>
internal static class NgramTablesExtractor
{
    /// <summary>The tables of a model that is word + character TF-IDF of the title (and summary) into one maximum-entropy trainer; null for any other model.</summary>
    public static NgramTables? TryExtract(ITransformer transformer, DataViewSchema inputSchema, byte[] modelZip) =>
        TryExtract(transformer, inputSchema, modelZip, TextColumns(transformer.GetOutputSchema(inputSchema)), embeddingColumn: null);

    /// <summary>The category model's FeaturizeText outputs in feature order: the title's, then the summary's when it reads one.</summary>
    public static string[] TextColumns(DataViewSchema output) =>
        output.GetColumnOrNull(Columns.SummaryFeatures) is not null ? [Columns.TitleFeatures, Columns.SummaryFeatures] : [Columns.TitleFeatures];

    /// <summary>
    /// The tables of a model whose features are <paramref name="textColumns"/> (FeaturizeText outputs in feature order: the
    /// first reads the title, a second the summary), then <paramref name="embeddingColumn"/> (a min-max-scaled embedding)
    /// when named, into one maximum-entropy trainer or one calibrated linear binary learner; null for any other model.
    /// </summary>
    public static NgramTables? TryExtract(ITransformer transformer, DataViewSchema inputSchema, byte[] modelZip, IReadOnlyList<string> textColumns, string? embeddingColumn)
    {
        var output = transformer.GetOutputSchema(inputSchema);
        if (transformer is not TransformerChain<ITransformer> chain
            || textColumns.Count is < 1 or > 2
            || NgramPoolReader.Read(modelZip) is not { } pools
            || pools.Count != textColumns.Count)
        {
            return null;
        }
        var columns = textColumns.Select((name, i) => Column(output, name, pools[i])).ToList();
        var embedding = embeddingColumn is null ? null : Scaling(chain, output, embeddingColumn);
        if (columns.Any(c => c is null) || (embeddingColumn is not null && embedding is null))
        {
            return null;
        }
        var width = columns.Sum(c => c!.Width) + (embedding?.Width ?? 0);
        if ((output.GetColumnOrNull(Columns.Features)?.Type as VectorDataViewType)?.Size != width || Weights(chain, width) is not var (weights, biases))
        {
            return null;
        }
        return new NgramTables(columns[0]!, columns.Count > 1 ? columns[1] : null, weights, biases) { Embedding = embedding };
    }

    /// <summary>The Platt calibrator of a model's calibrated binary learner (the gate's logistic regression); null when it has none.</summary>
    public static PlattCalibrator? Calibrator(ITransformer transformer) =>
        Calibrated(transformer)?.Calibrator as PlattCalibrator;

    private static CalibratedModelParametersBase? Calibrated(ITransformer transformer) =>
        Flatten(transformer).OfType<IPredictionTransformer<object>>().Select(t => t.Model).OfType<CalibratedModelParametersBase>().SingleOrDefault();

    private static IEnumerable<ITransformer> Flatten(ITransformer transformer) =>
        transformer is IEnumerable<ITransformer> chain ? chain.SelectMany(Flatten) : [transformer];

    // Feature-major weights and the biases: a multiclass maximum-entropy model's, or a calibrated linear binary learner's (one class).
    private static (float[] Weights, float[] Biases)? Weights(TransformerChain<ITransformer> chain, int width)
    {
        if (chain.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().SingleOrDefault() is { } multiclass)
        {
            VBuffer<float>[] rows = [];
            multiclass.Model.GetWeights(ref rows, out var classes);
            var biases = multiclass.Model.GetBiases().ToArray();
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
            return (weights, biases);
        }
        if (Calibrated(chain)?.SubModel is LinearBinaryModelParameters binary && binary.Weights.Count == width)
        {
            return ([.. binary.Weights], [binary.Bias]);
        }
        return null;
    }

    // The one affine normaliser of the chain, which must make the embedding column (its width checked against the column's).
    private static EmbeddingScaling? Scaling(TransformerChain<ITransformer> chain, DataViewSchema output, string column)
    {
        var normalisers = Flatten(chain).OfType<NormalizingTransformer>().ToList();
        if (normalisers.Count != 1
            || normalisers[0].GetNormalizerModelParameters(0) is not NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>> affine
            || (output.GetColumnOrNull(column)?.Type as VectorDataViewType)?.Size is not { } width
            || affine.Scale.Length != width
            || (!affine.Offset.IsDefaultOrEmpty && affine.Offset.Length != width))
        {
            return null;
        }
        return new EmbeddingScaling([.. affine.Scale], affine.Offset.IsDefaultOrEmpty ? null : [.. affine.Offset]);
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
