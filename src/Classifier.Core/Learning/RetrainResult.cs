using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Learning;

/// <summary>The new bundle's metadata and, when an old bundle was there, how each category changed against it.</summary>
/// <param name="PreviousProblem">Why the old bundle could not be compared (unreadable), when it could not.</param>
internal sealed record RetrainResult(
    BundleMetadata Current,
    BundleMetadata? Previous,
    ComparisonReport? Comparison,
    string? PreviousProblem)
{
    /// <summary>What <see cref="Comparison"/> compares, in words (e.g. the previous model on the months just added).</summary>
    public string ComparisonHeading { get; init; } = "Against the previous configuration, both cross-validated on the current data";

    /// <summary>What was wrong with the embedding cache (damaged records skipped and encoded again, or why it was not used), naming its file.</summary>
    public string? CacheProblem { get; init; }
}
