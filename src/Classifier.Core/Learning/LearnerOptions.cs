namespace Classifier.Core.Learning;

/// <summary>What the learner tries and how it measures: candidate trainers, folds, and the "no category fits" target.</summary>
public sealed record LearnerOptions
{
    /// <summary>Configurations compared by cross-validation; the best macro-F1 wins. One entry skips the comparison.</summary>
    public IReadOnlyList<TrainingOptions> Candidates { get; init; } = DefaultCandidates(seed: 1);

    public int Folds { get; init; } = 5;

    /// <summary>Out-of-fold top-1 accuracy that papers above the "no category fits" threshold must reach.</summary>
    public double TargetAccuracy { get; init; } = 0.8;

    /// <summary>
    /// SDCA and LBFGS maximum entropy with and without the summary, and one-versus-all FastTree on titles only
    /// (FastTree bins every n-gram of every summary for each of nine binary models and took about 14 s per fit on titles alone).
    /// </summary>
    /// <summary>Called with a short line before each slow step (candidate cross-validation, hold-out, final fit).</summary>
    public Action<string>? Progress { get; init; }

    public static IReadOnlyList<TrainingOptions> DefaultCandidates(int seed) =>
    [
        new() { Trainer = TrainerKind.SdcaMaximumEntropy, Seed = seed },
        new() { Trainer = TrainerKind.SdcaMaximumEntropy, Seed = seed, UseSummary = false },
        new() { Trainer = TrainerKind.LbfgsMaximumEntropy, Seed = seed },
        new() { Trainer = TrainerKind.LbfgsMaximumEntropy, Seed = seed, UseSummary = false },
        new() { Trainer = TrainerKind.OneVersusAllFastTree, Seed = seed, UseSummary = false, FastTreeTrees = 20 },
    ];
}
