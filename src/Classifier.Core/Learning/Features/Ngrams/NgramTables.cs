namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>Everything the direct scorer reads: each text column's fitted n-grams, the embedding's scaling when the model reads one, and the model's weights and biases.</summary>
/// <param name="Weights">Feature-major (one feature's class weights side by side): <c>Weights[slot * classes + class]</c>.</param>
internal sealed record NgramTables(NgramColumnTables Title, NgramColumnTables? Summary, float[] Weights, float[] Biases)
{
    /// <summary>The scaling of the embedding whose slots follow the n-grams'; null for a model that reads n-grams alone.</summary>
    public EmbeddingScaling? Embedding { get; init; }

    /// <summary>The n-gram slots: the title's, then the summary's.</summary>
    public int NgramWidth => Title.Width + (Summary?.Width ?? 0);

    /// <summary>The feature vector's width: the n-gram slots, then the embedding's.</summary>
    public int Width => NgramWidth + (Embedding?.Width ?? 0);
}

/// <summary>One FeaturizeText column: its word and character extractors and the term of each word unigram slot (null for the other slots).</summary>
internal sealed record NgramColumnTables(NgramPool Words, NgramPool Chars, string?[] WordTerms)
{
    /// <summary>Slots this column fills: its character n-grams, then its word n-grams.</summary>
    public int Width => Chars.Sequences.Length + Words.Sequences.Length;
}

/// <summary>A fitted min-max normaliser of an embedding as ML.NET applies it: <c>(x - offset) * scale</c> per dimension, in floats.</summary>
/// <param name="Offset">Null when every offset is zero (NormalizeMinMax keeps zero at zero by default, so it saves none).</param>
internal sealed record EmbeddingScaling(float[] Scale, float[]? Offset)
{
    public int Width => Scale.Length;
}
