using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Drafting;

/// <summary>A paper that fits its top category or a second one: "X, or Y", with both probabilities.</summary>
internal sealed record Doubt(Category Second, double TopProbability, double SecondProbability);

/// <summary>The one place the draft decides whether a paper is in doubt between two categories.</summary>
/// <remarks>
/// Read off the ranked outcomes: the most probable of the nine after the top one (out of scope is never a place to file)
/// is a doubt when its probability is at least <see cref="MinSecond"/> and within <see cref="MaxMargin"/> of the top's.
/// When TagResult carries its own calibrated "also fits" category, this method should return that instead.
/// </remarks>
internal static class DoubtRule
{
    public const double MaxMargin = 0.25;

    public const double MinSecond = 0.15;

    public static Doubt? Find(TagResult result)
    {
        var top = result.Ranked[0];
        var second = result.Ranked.Skip(1).FirstOrDefault(s => s.Category != Taxonomy.OutOfScope);
        return second is not null && second.Probability >= MinSecond && top.Probability - second.Probability <= MaxMargin
            ? new Doubt(second.Category, top.Probability, second.Probability)
            : null;
    }
}
