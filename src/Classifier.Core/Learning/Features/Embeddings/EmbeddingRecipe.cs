using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>How the category model's embedding is made from a paper.</summary>
public enum EmbeddingRecipe
{
    /// <summary>One vector of the title and summary joined (<see cref="PaperText"/>): every bundle from before the choice.</summary>
    JoinedText,

    /// <summary>The unit-length mean of the title's vector (which the out-of-scope gate encodes anyway) and the summary's own.</summary>
    TitleSummaryMean,

    /// <summary>The title's vector beside the summary's (the title's again when there is no summary), scaled to unit length: twice as wide.</summary>
    TitleSummaryConcatenation,
}

/// <summary>What each recipe needs and gives.</summary>
public static class EmbeddingRecipes
{
    /// <summary>The recipe of a model that records none: bundles from before the choice read the joined text.</summary>
    public const EmbeddingRecipe Unrecorded = EmbeddingRecipe.JoinedText;

    /// <summary>
    /// The recipe new configurations use: leave one month out on data/ as good as the joined text (within a few of 608
    /// papers), with one pass of the encoder instead of two (docs/onepass.md).
    /// </summary>
    public const EmbeddingRecipe Default = EmbeddingRecipe.TitleSummaryConcatenation;

    /// <summary>The recipe in force: the one recorded, or the joined text when none is.</summary>
    public static EmbeddingRecipe OrUnrecorded(this EmbeddingRecipe? recipe) => recipe ?? Unrecorded;

    /// <summary>The vector width the model reads, from the encoder's dimension.</summary>
    public static int Width(this EmbeddingRecipe recipe, int dimension) =>
        recipe == EmbeddingRecipe.TitleSummaryConcatenation ? 2 * dimension : dimension;

    public static string Describe(this EmbeddingRecipe recipe) => recipe switch
    {
        EmbeddingRecipe.TitleSummaryMean => "mean of title and summary embeddings",
        EmbeddingRecipe.TitleSummaryConcatenation => "title and summary embeddings side by side",
        _ => "embedding of title and summary joined",
    };

    /// <summary>An embedder that gives this recipe's vectors from <paramref name="encoder"/>, which embeds each paper's joined text.</summary>
    internal static IPaperEmbedder Over(this EmbeddingRecipe recipe, IPaperEmbedder encoder)
    {
        if (encoder.Recipe == recipe)
        {
            return encoder;
        }
        if (encoder.Recipe != EmbeddingRecipe.JoinedText)
        {
            throw new ArgumentException($"the embedder gives the {encoder.Recipe.Describe()}, not the {recipe.Describe()}", nameof(encoder));
        }
        return recipe == EmbeddingRecipe.JoinedText ? encoder : new TitleSummaryEmbedder(encoder, recipe);
    }

    /// <summary>The texts, as papers, that this recipe asks its encoder for (what a memo should hold).</summary>
    internal static IEnumerable<Paper> TextsToEmbed(this EmbeddingRecipe recipe, IEnumerable<Paper> papers) =>
        recipe == EmbeddingRecipe.JoinedText ? papers : papers.SelectMany(TitleSummaryEmbedder.Parts);
}
