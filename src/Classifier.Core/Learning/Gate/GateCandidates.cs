namespace Classifier.Core.Learning.Gate;

/// <summary>The out-of-scope gates a full comparison measures by leave-one-month-out cross-validation, and the one used without it.</summary>
public static class GateCandidates
{
    /// <summary>LBFGS logistic regression and FastTree, each alone and averaged with the kNN vote over labelled titles.</summary>
    public static IReadOnlyList<GateOptions> All(int seed) =>
    [
        new() { Trainer = GateTrainer.LbfgsLogisticRegression, Neighbours = 0, LbfgsL2 = 10f, Seed = seed },
        Recommended(seed),
        new() { Trainer = GateTrainer.LbfgsLogisticRegression, Neighbours = 20, LbfgsL2 = 1f, Seed = seed },
        // FastTree reads the embedding alone: on the title n-grams as well one leave-one-month-out run took over ten minutes.
        new() { Trainer = GateTrainer.FastTree, Neighbours = 0, UseTitleNgrams = false, Seed = seed },
        new() { Trainer = GateTrainer.FastTree, Neighbours = 10, UseTitleNgrams = false, Seed = seed },
        Recommended(seed) with { UseNotes = false },
    ];

    /// <summary>
    /// LBFGS logistic regression (L2 10) on title n-grams and the title embedding, averaged with a kNN vote (k 10) over the
    /// labelled titles and the out-of-scope notes: the most out-of-scope papers caught, one month out at a time, at 6% and
    /// 8% of in-scope ones among the gates measured on data/ (docs/model.md).
    /// </summary>
    public static GateOptions Recommended(int seed) => new() { Trainer = GateTrainer.LbfgsLogisticRegression, Neighbours = 10, LbfgsL2 = 10f, Seed = seed };
}
