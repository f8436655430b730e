using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms.Text;

namespace Classifier.Core.Learning.Gate;

/// <summary>Fits the seeded out-of-scope gate on labelled papers' titles (and the out-of-scope papers' notes).</summary>
internal static class GateLearner
{
    internal const string TitleFeatures = "GateTitleFeatures";
    internal const string EmbeddingFeatures = "GateEmbeddingFeatures";

    /// <summary>Trains on every labelled paper: out of scope is the positive class; the label is never a feature.</summary>
    public static OutOfScopeGate Train(IReadOnlyList<Paper> papers, GateOptions options, IPaperEmbedder embedder)
    {
        var texts = Examples(papers, options).ToList();
        var embeddings = embedder.Embed([.. texts.Select(t => new Paper { Title = t.Text })]);
        var examples = texts.Select((t, i) => new GateExample(t.Text, t.OutOfScope, embeddings[i])).ToList();
        return Build(examples, options, embedder);
    }

    /// <summary>The gate for examples already embedded (a saved bundle's, or a fold's).</summary>
    public static OutOfScopeGate Build(IReadOnlyList<GateExample> examples, GateOptions options, IPaperEmbedder embedder)
    {
        if (!examples.Any(e => e.OutOfScope) || examples.All(e => e.OutOfScope))
        {
            throw new ArgumentException("the out-of-scope gate needs both in-scope and out-of-scope papers", nameof(examples));
        }
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new GateRow { Title = e.Text, TitleEmbedding = e.Embedding, Label = e.OutOfScope }).ToList());
        var transformer = Pipeline(ml, options).Fit(data);
        return new OutOfScopeGate(ml, transformer, data.Schema, options, examples, embedder);
    }

    /// <summary>Every text a gate of these papers may embed: each paper's title and each out-of-scope paper's note.</summary>
    public static IEnumerable<Paper> TextsToEmbed(IEnumerable<Paper> papers) =>
        papers.SelectMany(p => string.IsNullOrWhiteSpace(p.Note) || p.Category != Taxonomy.OutOfScope
            ? [OutOfScopeGate.TitleOnly(p)]
            : new[] { OutOfScopeGate.TitleOnly(p), new Paper { Title = p.Note } });

    private static IEnumerable<(string Text, bool OutOfScope)> Examples(IReadOnlyList<Paper> papers, GateOptions options)
    {
        foreach (var paper in papers.Where(p => p.Category is not null))
        {
            var outOfScope = paper.Category == Taxonomy.OutOfScope;
            yield return (paper.Title, outOfScope);
            if (outOfScope && options.UseNotes && !string.IsNullOrWhiteSpace(paper.Note))
            {
                yield return (paper.Note, true);
            }
        }
    }

    private static IEstimator<ITransformer> Pipeline(MLContext ml, GateOptions options)
    {
        var chain = new EstimatorChain<ITransformer>();
        if (options.UseTitleNgrams)
        {
            chain = chain.Append<ITransformer>(ml.Transforms.Text.FeaturizeText(TitleFeatures, TextOptions(), nameof(GateRow.Title)));
        }
        string[] features = options.UseTitleNgrams ? [TitleFeatures, EmbeddingFeatures] : [EmbeddingFeatures];
        return chain
            .Append<ITransformer>(ml.Transforms.NormalizeMinMax(EmbeddingFeatures, nameof(GateRow.TitleEmbedding)))
            // Only the named feature columns: the label can never leak into the features.
            .Append<ITransformer>(ml.Transforms.Concatenate(Columns.Features, features))
            .AppendCacheCheckpoint(ml)
            .Append<ITransformer>(Trainer(ml, options));
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, GateOptions options) => options.Trainer switch
    {
        GateTrainer.FastTree => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(GateRow.Label),
            FeatureColumnName = Columns.Features,
            NumberOfTrees = options.FastTreeTrees,
            NumberOfLeaves = options.FastTreeLeaves,
            MinimumExampleCountPerLeaf = 2,
            NumberOfThreads = 1,
        }),
        _ => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(GateRow.Label),
            FeatureColumnName = Columns.Features,
            L1Regularization = 0,
            L2Regularization = options.LbfgsL2,
            NumberOfThreads = 1,
        }),
    };

    private static TextFeaturizingEstimator.Options TextOptions() => new()
    {
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
