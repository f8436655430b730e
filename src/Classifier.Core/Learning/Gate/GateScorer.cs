using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Gate;

/// <summary>The gate's learned p(out of scope) without ML.NET: its linear learner on title n-grams and the scaled title embedding, through its Platt calibrator.</summary>
internal sealed class GateScorer
{
    private readonly LinearNgramScorer _learner;
    private readonly double _slope;
    private readonly double _offset;

    private GateScorer(LinearNgramScorer learner, double slope, double offset)
    {
        _learner = learner;
        _slope = slope;
        _offset = offset;
    }

    /// <summary>The width of the title embedding the learner reads.</summary>
    public int EmbeddingWidth => _learner.EmbeddingWidth;

    /// <summary>The scorer over a gate's tables; null when they are not a binary learner on title n-grams and the title embedding.</summary>
    public static GateScorer? Create(GateTables tables) =>
        LinearNgramScorer.Create(tables.Learner) is { Classes: 1, EmbeddingWidth: > 0 } learner && tables.Learner.Summary is null
            ? new GateScorer(learner, tables.Slope, tables.Offset)
            : null;

    /// <summary>Working space for <see cref="TryProbability"/>: one per thread.</summary>
    public SparseAccumulator NewScratch() => _learner.NewScratch();

    /// <summary>The learner's calibrated probability for a title and its embedding, or null when the title must go through ML.NET.</summary>
    public float? TryProbability(string title, ReadOnlySpan<float> embedding, SparseAccumulator scratch) =>
        _learner.TryRawScores(new Paper { Title = title }, embedding, scratch) is { } score
            // As ML.NET's PlattCalibrator: 1 / (1 + exp(slope * score + offset)) in doubles, handed back as a float.
            ? (float)(1 / (1 + Math.Exp(_slope * score[0] + _offset)))
            : null;
}

/// <summary>A gate's learner tables (one score slot) and its Platt calibrator's slope and offset.</summary>
internal sealed record GateTables(NgramTables Learner, double Slope, double Offset);
