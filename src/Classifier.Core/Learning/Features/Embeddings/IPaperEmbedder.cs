using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>Gives each paper a sentence embedding of its title and summary.</summary>
internal interface IPaperEmbedder
{
    /// <summary>The encoder whose vectors these are; a bundle records it and refuses another.</summary>
    EncoderIdentity Identity { get; }

    /// <summary>How its vectors are made from a paper; a bundle records the recipe and refuses another.</summary>
    EmbeddingRecipe Recipe => EmbeddingRecipe.JoinedText;

    /// <summary>One unit-length vector per paper, in order.</summary>
    float[][] Embed(IReadOnlyList<Paper> papers);

    /// <summary>Frees the encoder's session, if it holds one; a later <see cref="Embed"/> builds it again.</summary>
    void ReleaseEncoder()
    {
    }
}
