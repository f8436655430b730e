using Classifier.Core.Learning;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Lists;

namespace Classifier.Core.Evaluation;

/// <summary>Evaluates a training configuration on a data folder: cross-validation and the latest month held out, beside the n-gram reference.</summary>
internal static class DataEvaluator
{
    /// <summary>
    /// Reads the labelled months and measures the configuration against the majority baseline both ways; a semantic
    /// configuration is also measured against the n-gram reference model on the held-out month.
    /// </summary>
    public static DataEvaluation Evaluate(string dataFolder, TrainingOptions options, int folds = 5, IProgress<string>? progress = null, IPaperEmbedder? embedder = null)
    {
        progress?.Report($"Reading the labelled lists in {dataFolder}");
        var months = TrainingDataValidator.ReadForTraining(dataFolder).Months;
        var papers = months.SelectMany(m => m.Papers).ToList();
        using var owned = options.Features.UsesEmbedding() && embedder is null ? DefaultEmbedder.WithCache() : null;
        embedder ??= owned;
        if (embedder is not null)
        {
            progress?.Report($"Embedding {papers.Count} papers");
            embedder = new MemoizedEmbedder(embedder, papers);
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
}

/// <summary>What <see cref="DataEvaluator"/> measured, and for which configuration.</summary>
internal sealed record DataEvaluation(TrainingOptions Options, EvaluationReport CrossValidation, EvaluationReport? HeldOutMonth)
{
    /// <summary>The n-gram reference configuration, when the evaluated one reads embeddings.</summary>
    public TrainingOptions? Reference { get; init; }

    /// <summary>The reference model on the same held-out month.</summary>
    public EvaluationReport? HeldOutReference { get; init; }

    /// <summary>What was wrong with the embedding cache, naming its file; null when nothing was.</summary>
    public string? CacheProblem { get; init; }

    public IEnumerable<EvaluationReport> Reports => HeldOutMonth is null ? [CrossValidation] : [CrossValidation, HeldOutMonth];

    /// <summary>The held-out month, per category: the n-gram reference before, this configuration after.</summary>
    public ComparisonReport? AgainstReference =>
        HeldOutMonth is { } heldOut && HeldOutReference is { } reference ? ModelComparison.Compare(reference, heldOut) : null;
}
