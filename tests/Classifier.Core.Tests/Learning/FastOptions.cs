using Classifier.Core.Learning.Candidates;

namespace Classifier.Core.Tests.Learning;

/// <summary>Training options small enough for unit tests.</summary>
internal static class FastOptions
{
    public static TrainingOptions Sdca { get; } = new() { Trainer = TrainerKind.SdcaMaximumEntropy, MaximumIterations = 10, SdcaL2 = 1e-4f, CharNgramLength = 3 };

    public static TrainingOptions Lbfgs { get; } = new() { Trainer = TrainerKind.LbfgsMaximumEntropy, MaximumIterations = 20, CharNgramLength = 3 };

    public static TrainingOptions FastTree { get; } = new() { Trainer = TrainerKind.OneVersusAllFastTree, FastTreeTrees = 5, CharNgramLength = 3 };

    public static TrainingOptions For(TrainerKind kind) => kind switch
    {
        TrainerKind.SdcaMaximumEntropy => Sdca,
        TrainerKind.LbfgsMaximumEntropy => Lbfgs,
        _ => FastTree,
    };
}
