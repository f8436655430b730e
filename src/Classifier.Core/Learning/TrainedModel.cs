using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning;

/// <summary>A fitted pipeline with the label order of its score vector, the schema it reads, and the encoder its rows need.</summary>
internal sealed class TrainedModel
{
    private readonly Lazy<LinearNgramScorer?> _direct;
    private readonly Lazy<LoadedPipeline> _pipeline;
    private readonly int? _embeddingWidth;

    /// <param name="direct">Builds the direct scorer of an n-gram-only model, on first use (only tagging without reasons needs it).</param>
    public TrainedModel(
        MLContext ml, ITransformer transformer, DataViewSchema inputSchema, IReadOnlyList<string> labels, IPaperEmbedder? embedder = null, OutOfScopeGate? gate = null,
        Func<LinearNgramScorer?>? direct = null)
        : this(new Lazy<LoadedPipeline>(new LoadedPipeline(ml, transformer, inputSchema)), labels, embedder, gate, direct ?? (() => null), embeddingWidth: null)
    {
    }

    private TrainedModel(
        Lazy<LoadedPipeline> pipeline, IReadOnlyList<string> labels, IPaperEmbedder? embedder, OutOfScopeGate? gate, Func<LinearNgramScorer?> direct, int? embeddingWidth)
    {
        _pipeline = pipeline;
        _embeddingWidth = embeddingWidth;
        _direct = new Lazy<LinearNgramScorer?>(direct);
        if (gate is not null && (labels.Count < 2 || labels[^1] != Taxonomy.OutOfScope.Name))
        {
            throw new ArgumentException("a gated model's labels end with the out-of-scope outcome", nameof(labels));
        }
        Gate = gate;
        Labels = labels;
        Embedder = embedder;
    }

    /// <summary>An n-gram model scored by <paramref name="direct"/>, whose ML.NET pipeline is loaded only when something other than the direct scorer needs it.</summary>
    /// <param name="load">Loads the pipeline (ML.NET's model load: most of a cold start); called at most once.</param>
    public static TrainedModel Deferred(Func<LoadedPipeline> load, IReadOnlyList<string> labels, LinearNgramScorer direct) =>
        new(new Lazy<LoadedPipeline>(load, LazyThreadSafetyMode.ExecutionAndPublication), labels, embedder: null, gate: null, () => direct, embeddingWidth: null);

    /// <summary>A model that reads embeddings or has a gate, scored by <paramref name="direct"/> (and the gate by its own scorer), with ML.NET's pipeline loaded only when something else needs it.</summary>
    /// <param name="embeddingWidth">The width of the embedding column model.zip reads (known without loading it: the recipe's, or the encoder's).</param>
    public static TrainedModel Deferred(
        Func<LoadedPipeline> load, IReadOnlyList<string> labels, LinearNgramScorer direct, IPaperEmbedder? embedder, OutOfScopeGate? gate, int embeddingWidth) =>
        new(new Lazy<LoadedPipeline>(load, LazyThreadSafetyMode.ExecutionAndPublication), labels, embedder, gate, () => direct, embeddingWidth);

    /// <summary>Whether the ML.NET pipeline has been loaded (always, but for a <c>Deferred</c> model not yet asked for it).</summary>
    public bool IsPipelineLoaded => _pipeline.IsValueCreated;

    public MLContext Ml => _pipeline.Value.Ml;

    public ITransformer Transformer => _pipeline.Value.Transformer;

    public DataViewSchema InputSchema => _pipeline.Value.InputSchema;

    /// <summary>Category names in the order of the score slots (with a gate: the categories, then out of scope).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The out-of-scope gate; null when the transformer scores out of scope as a tenth class (or not at all).</summary>
    public OutOfScopeGate? Gate { get; }

    /// <summary>The slots of the transformer's own score vector: <see cref="Labels"/> without out of scope when gated.</summary>
    public IReadOnlyList<string> CategoryLabels => Gate is null ? Labels : [.. Labels.Take(Labels.Count - 1)];

    /// <summary>The encoder of the embedding feature; null for an n-gram model, whose rows carry zeros instead.</summary>
    public IPaperEmbedder? Embedder { get; }

    /// <summary>The width of the embedding the model reads (the encoder's, or twice that for side-by-side title and summary).</summary>
    public int EmbeddingWidth => _embeddingWidth ?? (InputSchema.GetColumnOrNull(Columns.Embedding)?.Type is VectorDataViewType { Size: > 0 } vector ? vector.Size : MiniLmModel.Dimension);

    /// <summary>The direct scorer of the category model (same probabilities, without ML.NET's rows): an n-gram-only model's, or one read from a bundle's semantic tables; null otherwise.</summary>
    public LinearNgramScorer? Direct => _direct.Value;

    /// <summary>Scores a batch through one Transform (and the gate); one probability vector per paper, in label order.</summary>
    public float[][] PredictProbabilities(IEnumerable<Paper> papers)
    {
        var list = papers as IReadOnlyList<Paper> ?? papers.ToList();
        var data = Ml.Data.LoadFromEnumerable(Rows(list), PaperRows.Schema(EmbeddingWidth));
        var scores = Transformer.Transform(data).GetColumn<float[]>(Columns.Score).ToArray();
        if (Gate is null)
        {
            return scores;
        }
        var q = Gate.Probabilities(list);
        return [.. scores.Select((p, i) => Combine(p, q[i]))];
    }

    /// <summary>The gated outcome vector [(1-q)·p_category, q]: it still sums to one.</summary>
    public static float[] Combine(float[] categories, double outOfScope)
    {
        var combined = new float[categories.Length + 1];
        for (var k = 0; k < categories.Length; k++)
        {
            combined[k] = (float)((1 - outOfScope) * categories[k]);
        }
        combined[^1] = (float)outOfScope;
        return combined;
    }

    /// <summary>The model's unlabelled input rows (embedded when the model reads embeddings).</summary>
    public IEnumerable<PaperRow> Rows(IEnumerable<Paper> papers) => PaperRows.Stream(papers, Embedder);

    /// <summary>The unlabelled input row of one paper.</summary>
    public PaperRow Row(Paper paper) => Rows([paper]).Single();

    /// <summary>A prediction engine: not thread-safe, so make one per thread.</summary>
    public PredictionEngine<PaperRow, ScoredRow> CreateEngine() =>
        Ml.Model.CreatePredictionEngine<PaperRow, ScoredRow>(
            Transformer, inputSchemaDefinition: PaperRows.Schema(EmbeddingWidth), outputSchemaDefinition: PaperRows.ScoredSchema(EmbeddingWidth));
}

/// <summary>A fitted ML.NET pipeline, its context and the input schema it reads.</summary>
internal sealed record LoadedPipeline(MLContext Ml, ITransformer Transformer, DataViewSchema InputSchema);
