namespace Classifier.Core.Learning;

/// <summary>
/// Turns a user's trainer choice into learner options: "current" retrains the current model's configuration (seconds),
/// "all" compares every candidate (about a minute), "sdca", "lbfgs" or "fasttree" compares that trainer's candidates.
/// </summary>
internal static class TrainerChoice
{
    public const string Current = "current";

    public static IReadOnlyList<string> Names { get; } = [Current, "all", "sdca", "lbfgs", "fasttree"];

    /// <summary>Options chosen from the bundle being replaced; <paramref name="seed"/> is null unless the user gave one.</summary>
    public static Func<BundleMetadata?, LearnerOptions> Options(string choice, int? seed, int folds)
    {
        if (choice == Current)
        {
            return previous => LearnerOptions.Retrain(previous, seed, folds);
        }
        var candidates = TrainerCandidates.All(seed ?? 1);
        if (choice != "all")
        {
            var kind = choice switch
            {
                "sdca" => TrainerKind.SdcaMaximumEntropy,
                "lbfgs" => TrainerKind.LbfgsMaximumEntropy,
                "fasttree" => TrainerKind.OneVersusAllFastTree,
                _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, $"expected one of {string.Join(", ", Names)}"),
            };
            candidates = [.. candidates.Where(c => c.Trainer == kind)];
        }
        return _ => new LearnerOptions { Candidates = candidates, Folds = folds };
    }
}
