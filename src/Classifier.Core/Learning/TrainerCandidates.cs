namespace Classifier.Core.Learning;

/// <summary>The configurations a full trainer comparison cross-validates, and the one used when no comparison is run.</summary>
public static class TrainerCandidates
{
    /// <summary>
    /// SDCA and LBFGS maximum entropy with and without the summary, and one-versus-all FastTree on titles only
    /// (FastTree bins every n-gram of every summary for each of nine binary models and took about 14 s per fit on titles alone).
    /// </summary>
    public static IReadOnlyList<TrainingOptions> All(int seed) =>
    [
        new() { Trainer = TrainerKind.SdcaMaximumEntropy, Seed = seed },
        new() { Trainer = TrainerKind.SdcaMaximumEntropy, Seed = seed, UseSummary = false },
        new() { Trainer = TrainerKind.LbfgsMaximumEntropy, Seed = seed },
        new() { Trainer = TrainerKind.LbfgsMaximumEntropy, Seed = seed, UseSummary = false },
        new() { Trainer = TrainerKind.OneVersusAllFastTree, Seed = seed, UseSummary = false, FastTreeTrees = 20 },
    ];

    /// <summary>SDCA maximum entropy on titles: the configuration the full comparison picked on data/ (see RankingBenchmarks).</summary>
    public static TrainingOptions Recommended(int seed) => new() { Trainer = TrainerKind.SdcaMaximumEntropy, Seed = seed, UseSummary = false };
}
