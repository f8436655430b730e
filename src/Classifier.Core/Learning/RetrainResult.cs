using Classifier.Core.Evaluation;

namespace Classifier.Core.Learning;

/// <summary>The new bundle's metadata and, when an old bundle was there, how each category changed against it.</summary>
/// <param name="PreviousProblem">Why the old bundle could not be compared (unreadable), when it could not.</param>
internal sealed record RetrainResult(
    BundleMetadata Current,
    BundleMetadata? Previous,
    ComparisonReport? Comparison,
    string? PreviousProblem);
