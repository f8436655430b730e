using Classifier.Core.Papers;
using Classifier.Core.Review;

namespace Classifier.Core.Tests.Review.Reports;

internal static class FindingSamples
{
    public static Finding Misfile { get; } = new(
        "misfile",
        Severity.Warning,
        new SourceLocation("data/Top CV Papers, March 2023.md", 42),
        "\"Segment Anything\" is filed under Image Recognition | but reads as Image Segmentation (p=0.91)",
        "move it to 4. Image Segmentation",
        0.91,
        "2304.02643",
        Taxonomy.ByNumber(4));

    public static Finding BrokenLink { get; } = new(
        "toc-target",
        Severity.Error,
        new SourceLocation("list.md", 12),
        "100% broken:\nthe link points at \"6. Image & Video Editing\"",
        "");
}
