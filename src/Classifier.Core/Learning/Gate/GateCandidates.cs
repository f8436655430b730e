namespace Classifier.Core.Learning.Gate;

/// <summary>The out-of-scope gates a full comparison measures by leave-one-month-out cross-validation, and the one used without it.</summary>
public static class GateCandidates
{
    /// <summary>LBFGS logistic regression and FastTree, each alone and averaged with the kNN vote over labelled titles.</summary>
    public static IReadOnlyList<GateOptions> All(int seed) =>
    [
        new() { Trainer = GateTrainer.LbfgsLogisticRegression, Neighbours = 0, Seed = seed },
        Recommended(seed),
        // FastTree reads the embedding alone: on the title n-grams as well one leave-one-month-out run took over ten minutes.
        new() { Trainer = GateTrainer.FastTree, Neighbours = 0, UseTitleNgrams = false, Seed = seed },
        new() { Trainer = GateTrainer.FastTree, Neighbours = 20, UseTitleNgrams = false, Seed = seed },
        new() { Trainer = GateTrainer.LbfgsLogisticRegression, Neighbours = 20, UseTitleNgrams = false, Seed = seed },
        new() { Trainer = GateTrainer.LbfgsLogisticRegression, Neighbours = 20, UseNotes = false, Seed = seed },
    ];

    /// <summary>LBFGS logistic regression averaged with a kNN vote (k 20), notes as examples (see docs/model-v2.md for the comparison).</summary>
    public static GateOptions Recommended(int seed) => new() { Trainer = GateTrainer.LbfgsLogisticRegression, Neighbours = 20, Seed = seed };
}
