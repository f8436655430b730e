using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;

namespace Classifier.Core.Learning.Candidates;

/// <summary>What the learner tries and how it measures: candidate trainers, folds, and the "no category fits" target.</summary>
public sealed record LearnerOptions
{
    /// <summary>Configurations compared by cross-validation; the best macro-F1 wins. One entry skips the comparison.</summary>
    public IReadOnlyList<TrainingOptions> Candidates { get; init; } = TrainerCandidates.All(seed: 1);

    public int Folds { get; init; } = 5;

    /// <summary>
    /// Out-of-scope gates compared by leave-one-month-out cross-validation (one entry skips the comparison). Empty: no gate,
    /// out of scope is learned as a tenth class (the format 2 model). With a gate, every measurement holds out one month at
    /// a time instead of <see cref="Folds"/> stratified folds.
    /// </summary>
    public IReadOnlyList<GateOptions> Gates { get; init; } = [GateCandidates.Recommended(seed: 1)];

    /// <summary>Out-of-fold top-1 accuracy that papers above the "no category fits" threshold must reach.</summary>
    public double TargetAccuracy { get; init; } = 0.8;

    /// <summary>
    /// With out-of-scope papers in the data: the largest share of in-scope papers (out of fold, title + summary) told "no
    /// category fits". Below the 8% aimed at for titles alone, which the rule (out of scope ranks first) moves a little
    /// higher: at 0.075, titles alone abstained 8.2% out of fold; at 0.07, 7.4% with out-of-scope recall 0.81.
    /// </summary>
    public const double DefaultMaxInScopeAbstain = 0.07;

    /// <inheritdoc cref="DefaultMaxInScopeAbstain"/>
    public double MaxInScopeAbstain { get; init; } = DefaultMaxInScopeAbstain;

    /// <summary>The encoder's weights when no <see cref="Embedder"/> is given: <see cref="EncoderWeights.Fp32"/> or <see cref="EncoderWeights.Int8"/>.</summary>
    public string Encoder { get; init; } = EncoderWeights.Fp32;

    /// <summary>Embeds papers for candidates that read embeddings (and for the bundle's neighbours); required by those candidates.</summary>
    internal IPaperEmbedder? Embedder { get; init; }

    /// <summary>
    /// The bundle being replaced: when the only candidate is its winning configuration, its comparison table and
    /// selection reason are carried into the new bundle (marked <see cref="ComparisonOrigin.CarriedOver"/>).
    /// </summary>
    public BundleMetadata? Previous { get; init; }

    /// <summary>Called with a short line before each slow step (candidate cross-validation, hold-out, final fit).</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>The full comparison of <see cref="TrainerCandidates.All"/> (minutes, mostly FastTree).</summary>
    public static LearnerOptions CompareTrainers(int seed = 1, int folds = 5) =>
        new() { Candidates = TrainerCandidates.All(seed), Folds = folds, Gates = GateCandidates.All(seed) };

    /// <summary>Learns with one configuration only: one cross-validation, calibration, hold-out and final fit (seconds).</summary>
    public static LearnerOptions ForConfiguration(TrainingOptions options, int folds = 5) =>
        new() { Candidates = [options], Folds = folds, Gates = [GateCandidates.Recommended(options.Seed)] };

    /// <summary>
    /// The fast retrain: the previous bundle's winning configuration with its comparison carried over, or
    /// <see cref="TrainerCandidates.Recommended"/> when there is no previous bundle. A <paramref name="seed"/> other than
    /// the previous one is honoured, and then the old comparison (made with another seed) is not carried over.
    /// </summary>
    public static LearnerOptions Retrain(BundleMetadata? previous, int? seed = null, int folds = 5)
    {
        var configuration = previous?.Options ?? TrainerCandidates.Recommended(seed ?? 1);
        configuration = seed is { } s ? configuration with { Seed = s } : configuration;
        // A bundle from before the recipe was recorded moves to the default one, as older bundles moved to the gate;
        // a recorded recipe (the joined text included) stays.
        configuration = configuration is { Recipe: null } && configuration.Features.UsesEmbedding()
            ? configuration with { Recipe = EmbeddingRecipes.Default }
            : configuration;
        // A format 3 bundle without a gate was trained so on purpose and stays so; an older bundle moves to the gate.
        IReadOnlyList<GateOptions> gates = previous is { FormatVersion: >= 3, Gate: null }
            ? []
            : [(previous?.Gate?.Options ?? GateCandidates.Recommended(configuration.Seed)) with { Seed = configuration.Seed }];
        return ForConfiguration(configuration, folds) with { Previous = previous, Gates = gates };
    }
}
