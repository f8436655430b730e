using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Lists;

namespace Classifier.Core.Evaluation;

/// <summary>Evaluates a training configuration on a data folder: cross-validation and the latest month held out, beside the n-gram reference.</summary>
internal static class DataEvaluator
{
    /// <summary>
    /// Reads the labelled months and measures the configuration against the majority baseline both ways; a semantic
    /// configuration is also measured against the n-gram reference model on the held-out month.
    /// </summary>
    /// <param name="encoder">The encoder's weights when no embedder is given (the bundle's, for <c>evaluate</c>).</param>
    public static DataEvaluation Evaluate(
        string dataFolder, TrainingOptions options, int folds = 5, IProgress<string>? progress = null, IPaperEmbedder? embedder = null, GateOptions? gate = null, double maxInScopeAbstain = LearnerOptions.DefaultMaxInScopeAbstain, string encoder = EncoderWeights.Fp32)
    {
        progress?.Report($"Reading the labelled lists in {dataFolder}");
        var months = TrainingDataValidator.ReadForTraining(dataFolder).Months;
        var papers = months.SelectMany(m => m.Papers).ToList();
        if (gate is not null && papers.Any(p => p.Category == Papers.Taxonomy.OutOfScope))
        {
            return EvaluateGated(months, options, gate, embedder, encoder, maxInScopeAbstain, progress);
        }
        using var owned = options.Features.UsesEmbedding() && embedder is null ? DefaultEmbedder.WithCache(weights: encoder) : null;
        embedder ??= owned;
        if (embedder is not null)
        {
            progress?.Report($"Embedding {papers.Count} papers");
            embedder = new MemoizedEmbedder(embedder, [.. options.Recipe.OrUnrecorded().TextsToEmbed(papers)]);
        }
        progress?.Report($"Cross-validating on {papers.Count} papers ({folds} folds)");
        var crossValidation = Evaluator.CrossValidate(papers, options, folds, embedder);
        progress?.Report("Holding out the latest month");
        var heldOut = Evaluator.HoldOutLatestMonth(months, options, embedder);
        var reference = options.Features.UsesEmbedding() ? TrainerCandidates.NgramReference(options.Seed) : null;
        var referenceHeldOut = reference is null ? null : Evaluator.HoldOutLatestMonth(months, reference);
        return new DataEvaluation(options, crossValidation, heldOut)
        {
            Reference = reference,
            HeldOutReference = referenceHeldOut,
            CacheProblem = owned?.CacheProblem,
        };
    }

    // A gated model is measured one month out at a time, per input shape, beside the previous model, the n-gram model and the baseline.
    private static DataEvaluation EvaluateGated(
        IReadOnlyList<Papers.LabelledMonth> months, TrainingOptions options, GateOptions gate, IPaperEmbedder? embedder, string encoder, double maxInScopeAbstain, IProgress<string>? progress)
    {
        var papers = months.SelectMany(m => m.Papers).ToList();
        using var owned = embedder is null ? DefaultEmbedder.WithCache(weights: encoder) : null;
        progress?.Report($"Embedding {papers.Count} papers and their titles");
        var memoized = new MemoizedEmbedder(embedder ?? owned!, [.. options.Recipe.OrUnrecorded().TextsToEmbed(papers), .. GateLearner.TextsToEmbed(papers)]);
        var shapes = ShapeComparison.Run(months, ShapeComparison.Standard(options, gate), memoized, maxInScopeAbstain, line => progress?.Report(line));
        var gated = shapes.Predictions[0];
        var crossValidation = Evaluator.Report(gated.For(InputShape.TitleAndSummary), $"leave-one-month-out cross-validation ({gated.Months.Count} months)", papers.Count - papers.Count / gated.Months.Count);
        progress?.Report("Holding out the latest month with in-scope papers");
        var heldOut = Evaluator.HoldOutLatestMonth(months, options, memoized, gate);
        var reference = TrainerCandidates.NgramReference(options.Seed);
        return new DataEvaluation(options, crossValidation, heldOut)
        {
            Reference = reference,
            HeldOutReference = Evaluator.HoldOutLatestMonth(months, reference),
            Gate = gate,
            Shapes = shapes,
        };
    }
}

/// <summary>What <see cref="DataEvaluator"/> measured, and for which configuration.</summary>
internal sealed record DataEvaluation(TrainingOptions Options, EvaluationReport CrossValidation, EvaluationReport? HeldOutMonth)
{
    /// <summary>The n-gram reference configuration, when the evaluated one reads embeddings.</summary>
    public TrainingOptions? Reference { get; init; }

    /// <summary>The reference model on the same held-out month.</summary>
    public EvaluationReport? HeldOutReference { get; init; }

    /// <summary>The out-of-scope gate evaluated with the configuration; null for a model without one.</summary>
    public GateOptions? Gate { get; init; }

    /// <summary>Per input shape, this model beside the previous one, the n-gram model and the baseline (gated models).</summary>
    public ShapeComparisonReport? Shapes { get; init; }

    /// <summary>What was wrong with the embedding cache, naming its file; null when nothing was.</summary>
    public string? CacheProblem { get; init; }

    public IEnumerable<EvaluationReport> Reports => HeldOutMonth is null ? [CrossValidation] : [CrossValidation, HeldOutMonth];

    /// <summary>The held-out month, per category: the n-gram reference before, this configuration after.</summary>
    public ComparisonReport? AgainstReference =>
        HeldOutMonth is { } heldOut && HeldOutReference is { } reference ? ModelComparison.Compare(reference, heldOut) : null;
}
