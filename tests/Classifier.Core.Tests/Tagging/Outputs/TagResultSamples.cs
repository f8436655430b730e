using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Tagging.Outputs;

internal static class TagResultSamples
{
    public static TagResult Confident { get; } = new(
        new Paper { Title = "Segment Anything, \"again\"", ArxivId = "2304.02643", Source = new SourceLocation("in.jsonl", 3) },
        [new(Taxonomy.ByNumber(4), 0.91), new(Taxonomy.ByNumber(1), 0.06), new(Taxonomy.ByNumber(6), 0.03)],
        NoCategoryFits: false,
        [new NgramContribution("title: segment", 1.5), new NgramContribution("title: anything", 0.4)]);

    public static TagResult Abstaining { get; } = new(
        new Paper { Title = "Adversarial patches against lidar", Source = new SourceLocation("in.jsonl", 4) },
        [new(Taxonomy.ByNumber(2), 0.31), new(Taxonomy.ByNumber(1), 0.30), new(Taxonomy.ByNumber(5), 0.10)],
        NoCategoryFits: true,
        []);

    public static TagResult InDoubt { get; } = new(
        new Paper { Title = "Pruned vision transformers for recognition", ArxivId = "2305.00001", Source = new SourceLocation("in.jsonl", 5) },
        [new(Taxonomy.ByNumber(2), 0.46), new(Taxonomy.ByNumber(1), 0.41), new(Taxonomy.ByNumber(5), 0.05)],
        NoCategoryFits: false,
        [])
    {
        AlsoFits = new(Taxonomy.ByNumber(1), 0.41),
    };
}
