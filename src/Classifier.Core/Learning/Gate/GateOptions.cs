using System.Globalization;

namespace Classifier.Core.Learning.Gate;

/// <summary>The binary learner of the out-of-scope gate.</summary>
public enum GateTrainer
{
    LbfgsLogisticRegression,
    FastTree,
}

/// <summary>Everything that decides the out-of-scope gate: its learner, the kNN vote beside it, and whether the curator's notes are examples.</summary>
public sealed record GateOptions
{
    public GateTrainer Trainer { get; init; } = GateTrainer.LbfgsLogisticRegression;

    /// <summary>Labelled titles in the soft kNN vote averaged with the learner's probability; 0 turns the vote off.</summary>
    public int Neighbours { get; init; } = 20;

    /// <summary>The kNN vote's share of the average with the learner's probability (0.5: equal weights).</summary>
    public double NeighbourWeight { get; init; } = 0.5;

    /// <summary>Each neighbour's vote is exp(similarity x this): 0 weighs neighbours by their similarity itself.</summary>
    public double VoteSharpness { get; init; }

    /// <summary>Add each out-of-scope paper's <c>why</c> note as one more out-of-scope example.</summary>
    public bool UseNotes { get; init; } = true;

    /// <summary>Title word 1-2 and character 1-3 TF-IDF n-grams beside the title embedding; off, the learner reads the embedding alone.</summary>
    public bool UseTitleNgrams { get; init; } = true;

    public float LbfgsL2 { get; init; } = 1f;

    public int FastTreeTrees { get; init; } = 50;

    public int FastTreeLeaves { get; init; } = 8;

    public int Seed { get; init; } = 1;

    /// <summary>A short name that tells the candidates apart, e.g. "LBFGS logistic regression l2=1 + kNN k=20 (title, notes)".</summary>
    public string Describe()
    {
        var learner = Trainer == GateTrainer.FastTree
            ? $"FastTree {FastTreeTrees} trees x {FastTreeLeaves} leaves"
            : $"LBFGS logistic regression l2={LbfgsL2.ToString(CultureInfo.InvariantCulture)}";
        var vote = Neighbours > 0
            ? $" + kNN k={Neighbours}{(NeighbourWeight != 0.5 ? $" weight {NeighbourWeight.ToString(CultureInfo.InvariantCulture)}" : "")}{(VoteSharpness > 0 ? $" sharpness {VoteSharpness.ToString(CultureInfo.InvariantCulture)}" : "")}"
            : "";
        return $"{learner}{vote} ({(UseTitleNgrams ? "title n-grams + " : "")}title embedding{(UseNotes ? ", why notes as examples" : "")})";
    }
}
