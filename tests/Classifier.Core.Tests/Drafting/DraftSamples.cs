using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Drafting;

/// <summary>Tag results made by hand, so a draft's layout can be checked without a model.</summary>
internal static class DraftSamples
{
    /// <summary>
    /// A result ranking <paramref name="category"/> first (10 is out of scope) and <paramref name="second"/> next (0: out of scope);
    /// the second also fits (the model's doubt) when <paramref name="alsoFits"/> is set.
    /// </summary>
    public static TagResult Result(string id, string title, int category, double p, string summary = "", int second = 0, double p2 = 0, bool none = false, int line = 1, bool alsoFits = false) =>
        new(
            new Paper { Title = title, ArxivId = id, Summary = summary, Source = new SourceLocation("in.jsonl", line) },
            [
                new(category == 10 ? Taxonomy.OutOfScope : Taxonomy.ByNumber(category), p),
                new(second == 0 ? Taxonomy.OutOfScope : Taxonomy.ByNumber(second), second == 0 ? 1 - p : p2),
            ],
            none,
            [])
        {
            AlsoFits = alsoFits && second != 0 ? new CategoryScore(Taxonomy.ByNumber(second), p2) : null,
        };
}
