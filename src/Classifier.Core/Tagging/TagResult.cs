using Classifier.Core.Papers;

namespace Classifier.Core.Tagging;

/// <summary>A category with its calibrated probability.</summary>
public sealed record CategoryScore(Category Category, double Probability);

/// <summary>A tagged paper: outcomes ranked by calibrated probability, whether none fits, the n-grams behind the top one and its nearest labelled papers.</summary>
public sealed record TagResult(Paper Paper, IReadOnlyList<CategoryScore> Ranked, bool NoCategoryFits, IReadOnlyList<NgramContribution> Reasons)
{
    /// <summary>The most similar labelled papers (a semantic model only; empty for an n-gram model).</summary>
    public IReadOnlyList<Neighbour> Neighbours { get; init; } = [];

    /// <summary>The top category, or null when its confidence is below the "no category fits" threshold.</summary>
    public Category? Proposed => NoCategoryFits ? null : Ranked[0].Category;

    public double Confidence => Ranked[0].Probability;

    /// <summary>
    /// The second category when it is close enough to the proposed one to be named beside it ("X, or Y"), with its calibrated
    /// probability; null when the model is not in doubt, or proposes nothing.
    /// </summary>
    public CategoryScore? AlsoFits { get; init; }
}
