namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>Everything the direct scorer reads: each text column's fitted n-grams and the model's weights and biases.</summary>
/// <param name="Weights">Feature-major (one feature's class weights side by side): <c>Weights[slot * classes + class]</c>.</param>
internal sealed record NgramTables(NgramColumnTables Title, NgramColumnTables? Summary, float[] Weights, float[] Biases)
{
    /// <summary>The feature vector's width: the title's slots, then the summary's.</summary>
    public int Width => Title.Width + (Summary?.Width ?? 0);
}

/// <summary>One FeaturizeText column: its word and character extractors and the term of each word unigram slot (null for the other slots).</summary>
internal sealed record NgramColumnTables(NgramPool Words, NgramPool Chars, string?[] WordTerms)
{
    /// <summary>Slots this column fills: its character n-grams, then its word n-grams.</summary>
    public int Width => Chars.Sequences.Length + Words.Sequences.Length;
}
