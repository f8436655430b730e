namespace Classifier.Core.Review;

/// <summary>How much a finding matters; ordered so that a larger value is worse.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
