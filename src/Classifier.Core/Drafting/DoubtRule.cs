using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Drafting;

/// <summary>A paper that fits its top category or a second one: "X, or Y", with both probabilities.</summary>
internal sealed record Doubt(Category Second, double TopProbability, double SecondProbability);

/// <summary>The one place the draft decides whether a paper is in doubt between two categories.</summary>
/// <remarks>
/// The draft says what <c>tag</c> says: the model's own "also fits" category, whose margin the bundle calibrated out of
/// fold, so that a draft and a tag of the same paper never disagree about a doubt.
/// </remarks>
internal static class DoubtRule
{
    public static Doubt? Find(TagResult result) =>
        result.AlsoFits is { } also ? new Doubt(also.Category, result.Confidence, also.Probability) : null;
}
