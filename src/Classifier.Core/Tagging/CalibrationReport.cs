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
public sealed record NoFitThreshold(double Value, double TargetAccuracy, double Coverage, double AccuracyAbove, string Rule);
