using System.Numerics;
using System.Runtime.CompilerServices;
using Classifier.Core.Papers;
using Microsoft.ML;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// Scores a paper with a linear model on n-grams (and an embedding after them) without ML.NET's row machinery: the same
/// TF-IDF n-grams, the embedding min-max scaled as ML.NET's normaliser does, the model's own weights and biases, softmax.
/// About a tenth of the CPU of a Transform cursor per title (docs/benchmarks.md).
/// </summary>
/// <remarks>A text it cannot reproduce exactly (one holding U+0000 or U+FFFF) is refused; the caller scores that paper through ML.NET.</remarks>
internal sealed class LinearNgramScorer
{
    private readonly NgramTextFeaturizer _title;
    private readonly NgramTextFeaturizer? _summary;
    private readonly NgramRows _rows;
    private readonly float[] _biases;
    private readonly EmbeddingScaling? _embedding;
    private readonly float[] _embeddingWeights;
    private readonly int _ngramWidth;

    /// <param name="embeddingWeights">The embedding slots' class weights, feature-major as the n-grams' (empty without an embedding).</param>
    private LinearNgramScorer(NgramTextFeaturizer title, NgramTextFeaturizer? summary, NgramRows rows, EmbeddingScaling? embedding, float[] embeddingWeights, float[] biases)
    {
        _title = title;
        _summary = summary;
        _rows = rows;
        _embedding = embedding;
        _embeddingWeights = embeddingWeights;
        _biases = biases;
        _ngramWidth = title.Width + (summary?.Width ?? 0);
    }

    /// <summary>The width of the embedding the model reads after its n-grams; 0 for an n-gram-only model.</summary>
    public int EmbeddingWidth => _embedding?.Width ?? 0;

    /// <summary>The score slots: the classes of a multiclass model, one for a binary one.</summary>
    public int Classes => _biases.Length;

    /// <summary>The scorer of a loaded n-gram model (no embedding) and its saved bytes; null when the model is not word + character TF-IDF of the title (and summary) into one maximum-entropy trainer.</summary>
    public static LinearNgramScorer? TryCreate(ITransformer transformer, DataViewSchema inputSchema, byte[] modelZip) =>
        NgramTablesExtractor.TryExtract(transformer, inputSchema, modelZip) is { } tables ? Create(tables) : null;

    /// <summary>The scorer over tables read from a model or a bundle's tables file; null when they are not what it reproduces.</summary>
    public static LinearNgramScorer? Create(NgramTables tables)
    {
        var title = Featurizer(tables.Title);
        var summary = tables.Summary is { } s ? Featurizer(s) : null;
        var classes = tables.Biases.Length;
        if (title is null || (tables.Summary is not null && summary is null) || classes < 1 || tables.Weights.Length != (long)tables.Width * classes)
        {
            return null;
        }
        // The n-gram slots come first in the weights, the embedding's after them.
        var ngramWeights = tables.NgramWidth * classes;
        var rows = new NgramRows(Idf(tables), tables.Weights[..ngramWeights], classes);
        return new LinearNgramScorer(title, summary, rows, tables.Embedding, tables.Weights[ngramWeights..], tables.Biases);
    }

    // Every n-gram slot's IDF in slot order: per column its character n-grams, then its word n-grams (a pool may keep more IDF values than n-grams).
    private static double[] Idf(NgramTables tables)
    {
        NgramPool[] pools = tables.Summary is { } s ? [tables.Title.Chars, tables.Title.Words, s.Chars, s.Words] : [tables.Title.Chars, tables.Title.Words];
        var idf = new double[tables.NgramWidth];
        var slot = 0;
        foreach (var pool in pools)
        {
            pool.InverseDocumentFrequencies.AsSpan(0, pool.Sequences.Length).CopyTo(idf.AsSpan(slot));
            slot += pool.Sequences.Length;
        }
        return idf;
    }

    private static NgramTextFeaturizer? Featurizer(NgramColumnTables column) => NgramTextFeaturizer.Create(column.Words, column.Chars, column.WordTerms);

    /// <summary>Working space for the scoring methods: one per thread (the scorer itself is only read).</summary>
    public SparseAccumulator NewScratch() => new(_ngramWidth);

    /// <summary>The probabilities of an n-gram-only model in score-slot order, or null when a text must go through ML.NET.</summary>
    public float[]? TryScore(Paper paper, SparseAccumulator scratch) => TryScore(paper, [], scratch);

    /// <summary>The probabilities in score-slot order for a paper and the embedding the model reads, or null when a text must go through ML.NET.</summary>
    public float[]? TryScore(Paper paper, ReadOnlySpan<float> embedding, SparseAccumulator scratch) =>
        TryRawScores(paper, embedding, scratch) is { } scores ? Softmax(scores) : null;

    /// <summary>The linear scores (bias + weights · features) before any link function, or null when a text must go through ML.NET.</summary>
    // Hot for every paper: compiled optimised at once, since a short-lived tag never reaches the optimising tier for long.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float[]? TryRawScores(Paper paper, ReadOnlySpan<float> embedding, SparseAccumulator scratch)
    {
        if (embedding.Length != EmbeddingWidth)
        {
            throw new ArgumentException($"the model reads an embedding of {EmbeddingWidth} dimensions, not {embedding.Length}", nameof(embedding));
        }
        scratch.Clear();
        if (!_title.TryFeaturize(paper.Title, 0, scratch, _rows) || (_summary is not null && !_summary.TryFeaturize(paper.Summary, _title.Width, scratch, _rows)))
        {
            return null;
        }
        var scores = new float[_biases.Length];
        if (Vector.IsHardwareAccelerated && _rows.Stride <= 2 * Vector<float>.Count)
        {
            AddNgramsInRegisters(scratch, scores);
        }
        else
        {
            Array.Copy(_biases, scores, scores.Length);
            for (var i = 0; i < scratch.Count; i++)
            {
                AddScaled(scores, _rows.Weights(scratch.SlotAt(i)), scratch.ValueAt(i));
            }
        }
        if (_embedding is { } scaling)
        {
            AddEmbedding(scaling, embedding, scores);
        }
        return scores;
    }

    // bias + w.x for up to two vectors of classes, held in registers: through memory, each n-gram's sum waited for the store
    // of the one before. Each lane multiplies, then adds, n-gram after n-gram, as the scalar loop; lanes past the classes
    // (a row's padding and IDF) are dropped.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddNgramsInRegisters(SparseAccumulator scratch, float[] scores)
    {
        var width = Vector<float>.Count;
        Span<float> lanes = stackalloc float[2 * width];
        lanes.Clear();
        _biases.CopyTo(lanes);
        var low = new Vector<float>(lanes);
        var high = new Vector<float>(lanes[width..]);
        if (_rows.Stride > width)
        {
            for (var i = 0; i < scratch.Count; i++)
            {
                var row = _rows.Row(scratch.SlotAt(i));
                var value = new Vector<float>(scratch.ValueAt(i));
                low += new Vector<float>(row) * value;
                high += new Vector<float>(row[width..]) * value;
            }
        }
        else
        {
            for (var i = 0; i < scratch.Count; i++)
            {
                low += new Vector<float>(_rows.Row(scratch.SlotAt(i))) * new Vector<float>(scratch.ValueAt(i));
            }
        }
        low.CopyTo(lanes);
        high.CopyTo(lanes[width..]);
        lanes[..scores.Length].CopyTo(scores);
    }

    // The embedding's slots follow the n-grams'; each is scaled as ML.NET's affine normaliser does, in floats.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddEmbedding(EmbeddingScaling scaling, ReadOnlySpan<float> embedding, float[] scores)
    {
        var classes = scores.Length;
        for (var d = 0; d < embedding.Length; d++)
        {
            var value = scaling.Offset is { } offset ? (embedding[d] - offset[d]) * scaling.Scale[d] : embedding[d] * scaling.Scale[d];
            AddScaled(scores, _embeddingWeights.AsSpan(d * classes, classes), value);
        }
    }

    // scores[c] += weights[c] * value, a vector of classes at a time: each lane multiplies, then adds, as the scalar loop would.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddScaled(Span<float> scores, ReadOnlySpan<float> weights, float value)
    {
        var c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var scale = new Vector<float>(value);
            for (; c <= scores.Length - Vector<float>.Count; c += Vector<float>.Count)
            {
                (new Vector<float>(scores[c..]) + new Vector<float>(weights[c..]) * scale).CopyTo(scores[c..]);
            }
        }
        for (; c < scores.Length; c++)
        {
            scores[c] += weights[c] * value;
        }
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
}
