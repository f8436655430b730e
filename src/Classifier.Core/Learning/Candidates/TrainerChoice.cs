using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Core.Learning.Candidates;

/// <summary>
/// Turns a user's trainer and feature choice into learner options: "current" retrains the current model's configuration
/// (seconds), "all" compares every candidate, "sdca", "lbfgs" or "svm" compares that trainer's candidates; a feature
/// set ("ngrams", "embedding", "both") keeps only the candidates that read it.
/// </summary>
internal static class TrainerChoice
{
    public const string Current = "current";

    public static IReadOnlyList<string> Names { get; } = [Current, "all", "sdca", "lbfgs", "svm"];

    public static IReadOnlyList<string> FeatureNames { get; } = ["ngrams", "embedding", "both"];

    /// <summary>Options chosen from the bundle being replaced; <paramref name="seed"/>, <paramref name="features"/> and <paramref name="encoder"/> are null unless the user gave them.</summary>
    /// <param name="encoder">The encoder's weights; when null, the ones the bundle being replaced was trained with (fp32 without one).</param>
    public static Func<BundleMetadata?, LearnerOptions> Options(string choice, int? seed, int folds, string? features = null, string? encoder = null)
    {
        var chosen = Configuration(choice, seed, folds, features);
        return previous => chosen(previous) with { Encoder = encoder ?? previous?.Encoder?.Weights ?? EncoderWeights.Fp32 };
    }

    private static Func<BundleMetadata?, LearnerOptions> Configuration(string choice, int? seed, int folds, string? features)
    {
        if (choice == Current && features is null)
        {
            return previous => LearnerOptions.Retrain(previous, seed, folds);
        }
        var candidates = TrainerCandidates.All(seed ?? 1);
        if (choice is not (Current or "all"))
        {
            var kind = choice switch
            {
                "sdca" => TrainerKind.SdcaMaximumEntropy,
                "lbfgs" => TrainerKind.LbfgsMaximumEntropy,
                "svm" => TrainerKind.OneVersusAllLinearSvm,
                _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, $"expected one of {string.Join(", ", Names)}"),
            };
            candidates = [.. candidates.Where(c => c.Trainer == kind)];
        }
        FeatureSet? set = features is null ? null : ParseFeatures(features);
        if (set is not null)
        {
            candidates = [.. candidates.Where(c => c.Features == set)];
        }
        if (candidates.Count == 0)
        {
            throw new ArgumentException($"no candidate configuration uses trainer '{choice}' with features '{features}'");
        }
        // 'all' compares the out-of-scope gates too; a narrower choice keeps the recommended gate. An n-gram bundle has none:
        // the gate embeds every title with the encoder (1,000 titles took 12 CPU-s and 347 MB against the n-gram path's
        // 0.1 ms a title), and the point of the n-gram bundle is bulk tagging without it; out of scope stays a tenth class.
        var gates = set == FeatureSet.NGrams ? []
            : choice == "all" ? Gate.GateCandidates.All(seed ?? 1)
            : [Gate.GateCandidates.Recommended(seed ?? 1)];
        return _ => new LearnerOptions { Candidates = candidates, Folds = folds, Gates = gates };
    }

    private static FeatureSet ParseFeatures(string name) => name switch
    {
        "ngrams" => FeatureSet.NGrams,
        "embedding" => FeatureSet.Embedding,
        "both" => FeatureSet.NGramsAndEmbedding,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"expected one of {string.Join(", ", FeatureNames)}"),
    };
}
