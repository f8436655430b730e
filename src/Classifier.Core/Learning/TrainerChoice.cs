namespace Classifier.Core.Learning;

/// <summary>Turns a user's trainer choice ("all", "sdca", "lbfgs", "fasttree") into the learner's candidate configurations.</summary>
internal static class TrainerChoice
{
    public static IReadOnlyList<string> Names { get; } = ["all", "sdca", "lbfgs", "fasttree"];

    /// <summary>The default candidates with the seed, narrowed to one trainer unless the choice is "all".</summary>
    public static LearnerOptions Options(string choice, int seed, int folds)
    {
        var candidates = TrainerCandidates.All(seed);
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
        return new LearnerOptions { Candidates = candidates, Folds = folds };
    }
}
