using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning.Gate;

/// <summary>
/// Says how likely a paper is to be out of scope from its title alone, so that a missing summary is not evidence:
/// a binary learner on title n-grams and the title embedding, averaged (when configured) with a soft kNN vote over labelled titles.
/// </summary>
internal sealed class OutOfScopeGate
{
    private readonly Lazy<LoadedPipeline> _pipeline;
    private readonly GateScorer? _direct;

    public OutOfScopeGate(
        MLContext ml, ITransformer transformer, DataViewSchema inputSchema, GateOptions options, IReadOnlyList<GateExample> examples, IPaperEmbedder embedder)
        : this(new Lazy<LoadedPipeline>(new LoadedPipeline(ml, transformer, inputSchema)), options, examples, embedder, direct: null)
    {
    }

    private OutOfScopeGate(Lazy<LoadedPipeline> pipeline, GateOptions options, IReadOnlyList<GateExample> examples, IPaperEmbedder embedder, GateScorer? direct)
    {
        _pipeline = pipeline;
        _direct = direct;
        Options = options;
        Examples = examples;
        Embedder = embedder;
    }

    /// <summary>A gate whose learner is scored by <paramref name="direct"/>, with its ML.NET pipeline loaded only for a title the scorer refuses.</summary>
    /// <param name="load">Loads gate.zip through ML.NET; called at most once.</param>
    public static OutOfScopeGate Deferred(Func<LoadedPipeline> load, GateOptions options, IReadOnlyList<GateExample> examples, IPaperEmbedder embedder, GateScorer direct) =>
        new(new Lazy<LoadedPipeline>(load, LazyThreadSafetyMode.ExecutionAndPublication), options, examples, embedder, direct);

    /// <summary>Whether the ML.NET pipeline has been loaded (always, but for a <see cref="Deferred"/> gate not yet asked for it).</summary>
    public bool IsPipelineLoaded => _pipeline.IsValueCreated;

    public MLContext Ml => _pipeline.Value.Ml;

    public ITransformer Transformer => _pipeline.Value.Transformer;

    public DataViewSchema InputSchema => _pipeline.Value.InputSchema;

    public GateOptions Options { get; }

    /// <summary>The labelled titles (and notes) the gate learned from; the kNN vote reads their embeddings.</summary>
    public IReadOnlyList<GateExample> Examples { get; }

    public IPaperEmbedder Embedder { get; }

    /// <summary>p(out of scope) for each paper, from its title alone.</summary>
    public double[] Probabilities(IReadOnlyList<Paper> papers)
    {
        var titles = papers.Select(TitleOnly).ToList();
        var embeddings = titles.Count == 0 ? [] : Embedder.Embed(titles);
        var learned = Learned(titles, embeddings);
        var w = Options.NeighbourWeight;
        return [.. learned.Select((p, i) => Options.Neighbours > 0 ? (1 - w) * p + w * Vote(embeddings[i]) : p)];
    }

    // The learner's p(out of scope): from the direct scorer where it has one, through ML.NET for the titles it refuses.
    private float[] Learned(List<Paper> titles, float[][] embeddings)
    {
        var learned = new float[titles.Count];
        var rest = new List<int>();
        var scratch = _direct?.NewScratch();
        for (var i = 0; i < titles.Count; i++)
        {
            if (_direct?.TryProbability(titles[i].Title, embeddings[i], scratch!) is { } p)
            {
                learned[i] = p;
            }
            else
            {
                rest.Add(i);
            }
        }
        if (rest.Count > 0)
        {
            var rows = rest.Select(i => new GateRow { Title = titles[i].Title, TitleEmbedding = embeddings[i] }).ToList();
            var scored = Transformer.Transform(Ml.Data.LoadFromEnumerable(rows)).GetColumn<float>(nameof(GateOutput.Probability)).ToArray();
            for (var k = 0; k < rest.Count; k++)
            {
                learned[rest[k]] = scored[k];
            }
        }
        return learned;
    }

    /// <summary>The paper as the gate reads it: its title, nothing else.</summary>
    public static Paper TitleOnly(Paper paper) => new() { Title = paper.Title };

    // Similarity-weighted share of out-of-scope examples among the k most similar (unit vectors, so the dot product is the cosine);
    // with a sharpness s each weighs exp(s·(cos - 1)), so the closest titles count most.
    private double Vote(float[] embedding)
    {
        var nearest = Examples
            .Select(e => (Similarity: Math.Max(0, Dot(e.Embedding, embedding)), e.OutOfScope))
            .OrderByDescending(x => x.Similarity)
            .Take(Options.Neighbours)
            .Select(x => (Similarity: Options.VoteSharpness > 0 ? Math.Exp(Options.VoteSharpness * (x.Similarity - 1)) : x.Similarity, x.OutOfScope))
            .ToList();
        var total = nearest.Sum(x => x.Similarity);
        return total <= 0 ? 0 : nearest.Where(x => x.OutOfScope).Sum(x => x.Similarity) / total;
    }

    private static double Dot(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }
}

/// <summary>One labelled text of the gate (a title or a curator's note), its embedding and whether it is out of scope.</summary>
internal sealed record GateExample(string Text, bool OutOfScope, float[] Embedding);
