namespace Classifier.Core.Review;

/// <summary>What a misfile flag rests on: the probabilities of the category it is filed under and the one proposed, and the reasons.</summary>
/// <param name="Probabilities">Every category's probability, by category name, as the model gave them.</param>
/// <param name="Reasons">Readable reasons (n-grams, and nearest labelled papers when the model gives them), strongest first.</param>
public sealed record MisfileEvidence(
    string Current,
    double CurrentProbability,
    string Proposed,
    double ProposedProbability,
    IReadOnlyDictionary<string, double> Probabilities,
    IReadOnlyList<string> Reasons)
{
    /// <summary>A second category as close to the proposed one as the bundle's "also fits" margin allows ("move it to X, or Y"); null when none.</summary>
    public string? AlsoFits { get; init; }

    public double? AlsoFitsProbability { get; init; }
}
