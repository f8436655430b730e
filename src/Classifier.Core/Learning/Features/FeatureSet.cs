namespace Classifier.Core.Learning.Features;

/// <summary>Which features a model reads: TF-IDF n-grams, the sentence embedding, or both side by side.</summary>
public enum FeatureSet
{
    NGrams,
    Embedding,
    NGramsAndEmbedding,
}

/// <summary>What each feature set needs.</summary>
public static class FeatureSets
{
    public static bool UsesNGrams(this FeatureSet features) => features != FeatureSet.Embedding;

    public static bool UsesEmbedding(this FeatureSet features) => features != FeatureSet.NGrams;

    public static string Describe(this FeatureSet features) => features switch
    {
        FeatureSet.NGrams => "n-grams",
        FeatureSet.Embedding => "embedding",
        _ => "n-grams + embedding",
    };
}
