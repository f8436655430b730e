namespace Classifier.Core.Tagging;

/// <summary>The fitted temperature and how calibrated the out-of-fold confidences were before and after it.</summary>
public sealed record CalibrationReport(
    double Temperature,
    double NegativeLogLikelihoodBefore,
    double NegativeLogLikelihoodAfter,
    ReliabilityTable Before,
    ReliabilityTable After);

/// <summary>The calibrated confidence below which the tagger answers "no category fits", and how it was chosen.</summary>
/// <param name="Coverage">Share of out-of-fold papers at or above the threshold.</param>
/// <param name="AccuracyAbove">Out-of-fold top-1 accuracy of those papers.</param>
public sealed record NoFitThreshold(double Value, double TargetAccuracy, double Coverage, double AccuracyAbove, string Rule)
{
    /// <summary>Out-of-fold shares of in-scope and out-of-scope papers told "no category fits"; null without out-of-scope data.</summary>
    public AbstainShares? Abstention { get; init; }

    /// <summary>
    /// The score slot of the out-of-scope outcome when the model has one: then <see cref="Value"/> is a threshold on that
    /// slot's calibrated probability (see <see cref="OutOfScopeThreshold"/>), not on the top confidence.
    /// </summary>
    public int? OutOfScopeLabel { get; init; }

    /// <summary>Whether a paper with these calibrated probabilities is told "no category fits".</summary>
    public bool Abstains(float[] calibrated) => OutOfScopeLabel is { } outOfScope
        ? OutOfScopeThreshold.Abstains(calibrated, outOfScope, Value)
        : calibrated.Max() < Value;
}

/// <summary>How many in-scope and out-of-scope papers (out of fold) were told "no category fits".</summary>
public sealed record AbstainShares(int InScope, int InScopeAbstained, int OutOfScope, int OutOfScopeAbstained)
{
    public double InScopeShare => InScope == 0 ? 0 : (double)InScopeAbstained / InScope;

    public double OutOfScopeShare => OutOfScope == 0 ? 0 : (double)OutOfScopeAbstained / OutOfScope;
}
