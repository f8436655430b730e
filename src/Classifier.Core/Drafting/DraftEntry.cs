using Classifier.Core.Papers;

namespace Classifier.Core.Drafting;

/// <summary>One paper of a draft: where it is filed, how sure the model is, the link its row points at and any doubt.</summary>
internal sealed record DraftEntry(Paper Paper, Category Category, double Probability, string Link, Doubt? Doubt)
{
    /// <summary>Filed where the review's misfile check proposes rather than under the tagger's top category.</summary>
    public bool FiledByReview { get; init; }
}
