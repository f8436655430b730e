using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Review.Decisions;

namespace Classifier.Core.Tests.Review.Decisions;

/// <summary>Flags and records about TestData/small-list.md (April 2024), as the decision tests use them.</summary>
internal static class DecisionSamples
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>"Plain Detector" (2404.00001, Image Recognition) flagged as Image Segmentation with probability <paramref name="p"/>.</summary>
    public static Finding Flag(double p = 0.7, string id = "2404.00001") => new(
        "misfile",
        Severity.Warning,
        new SourceLocation("small-list.md", 11),
        "'Plain Detector' is filed under Image Recognition but reads as Image Segmentation",
        "move it to Image Segmentation",
        1 - (1 - p) / 2,
        id,
        Taxonomy.ByNumber(4),
        new MisfileEvidence(
            "Image Recognition", (1 - p) / 2, "Image Segmentation", p,
            new Dictionary<string, double> { ["Image Recognition"] = (1 - p) / 2, ["Image Segmentation"] = p },
            ["title: detector", "title: plain"]));

    public static DecisionRecord Record(DecisionKind decision, string id = "2404.00001", string month = "2024-04", double p = 0.7) => new(
        id, "Plain Detector", "small-list.md", month, "Image Recognition", "Image Segmentation",
        decision, decision == DecisionKind.Rejected ? null : "Image Segmentation", 0.85, p, "0123456789abcdef", Noon);
}
