using Classifier.Core.Papers;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// Scores a paper with an n-gram-only maximum-entropy model without ML.NET's row machinery: the same TF-IDF n-grams, the
/// model's own weights and biases, softmax. About a tenth of the CPU of a Transform cursor per title (docs/benchmarks.md).
/// </summary>
/// <remarks>A text it cannot reproduce exactly (anything but printable ASCII) is refused; the caller scores that paper through ML.NET.</remarks>
internal sealed class LinearNgramScorer
{
    private readonly NgramTextFeaturizer _title;
    private readonly NgramTextFeaturizer? _summary;
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int _width;

    private LinearNgramScorer(NgramTextFeaturizer title, NgramTextFeaturizer? summary, float[] weights, float[] biases)
    {
        _title = title;
        _summary = summary;
        _weights = weights;
        _biases = biases;
        _width = title.Width + (summary?.Width ?? 0);
    }

    /// <summary>The scorer of a loaded n-gram model (no embedding) and its saved bytes; null when the model is not word + character TF-IDF of the title (and summary) into one maximum-entropy trainer.</summary>
    public static LinearNgramScorer? TryCreate(ITransformer transformer, DataViewSchema inputSchema, byte[] modelZip)
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
        var title = Featurizer(output, Columns.TitleFeatures, pools[0]);
        var summary = withSummary ? Featurizer(output, Columns.SummaryFeatures, pools[1]) : null;
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
        // Feature-major, so one feature's class weights sit side by side.
        var weights = new float[width * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (slot, weight) in rows[c].Items())
            {
                weights[slot * classes + c] = weight;
            }
        }
        return new LinearNgramScorer(title, summary, weights, biases);
    }

    /// <summary>Working space for <see cref="TryScore"/>: one per thread (the scorer itself is only read).</summary>
    public SparseAccumulator NewScratch() => new(_width);

    /// <summary>The probabilities in score-slot order, or null when a text must go through ML.NET.</summary>
    public float[]? TryScore(Paper paper, SparseAccumulator scratch)
    {
        var features = scratch;
        features.Clear();
        if (!_title.TryFeaturize(paper.Title, 0, features) || (_summary is not null && !_summary.TryFeaturize(paper.Summary, _title.Width, features)))
        {
            return null;
        }
        var classes = _biases.Length;
        var scores = new float[classes];
        Array.Copy(_biases, scores, classes);
        for (var i = 0; i < features.Count; i++)
        {
            var value = features.ValueAt(i);
            var row = features.SlotAt(i) * classes;
            for (var c = 0; c < classes; c++)
            {
                scores[c] += _weights[row + c] * value;
            }
        }
        return Softmax(scores);
    }

    // As MaximumEntropyModelParameters: exp(score - log-sum-exp).
    private static float[] Softmax(float[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        foreach (var s in scores)
        {
            sum += Math.Exp(s - max);
        }
        var logSum = max + Math.Log(sum);
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = (float)Math.Exp(scores[c] - logSum);
        }
        return scores;
    }

    private static NgramTextFeaturizer? Featurizer(DataViewSchema output, string column, (NgramPool Words, NgramPool Chars) pools)
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
        if (slot != chars + words.Length)
        {
            return null;
        }
        return NgramTextFeaturizer.Create(pools.Words, pools.Chars, words);
    }
}
