using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Core.Learning.Candidates;

/// <summary>The configurations a full comparison cross-validates, the one used when no comparison is run, and the n-gram yardstick.</summary>
public static class TrainerCandidates
{
    /// <summary>
    /// N-grams alone (the former default, SDCA on titles, and LBFGS on title and summary), the embedding alone, and both
    /// side by side with LBFGS (two strengths of L2, character n-grams up to 5 or 3), SDCA and one-versus-all linear SVM.
    /// FastTree is left out: on n-grams it took about 14 s a fit and lost to every linear model (see the README).
    /// </summary>
    public static IReadOnlyList<TrainingOptions> All(int seed) =>
    [
        new() { Trainer = TrainerKind.SdcaMaximumEntropy, Seed = seed, UseSummary = false },
        NgramReference(seed),
        new() { Trainer = TrainerKind.LbfgsMaximumEntropy, Seed = seed, Features = FeatureSet.Embedding, LbfgsL2 = 1f, Recipe = EmbeddingRecipes.Default },
        Both(seed, l2: 1f, characters: 5),
        Both(seed, l2: 1f, characters: 3),
        Recommended(seed),
        new() { Trainer = TrainerKind.SdcaMaximumEntropy, Seed = seed, Features = FeatureSet.NGramsAndEmbedding, SdcaL2 = 1e-3f, Recipe = EmbeddingRecipes.Default },
        new() { Trainer = TrainerKind.OneVersusAllLinearSvm, Seed = seed, Features = FeatureSet.NGramsAndEmbedding, Recipe = EmbeddingRecipes.Default },
    ];

    /// <summary>
    /// LBFGS maximum entropy (L2 3) on word 1-2 and character 1-3 n-grams of title and summary beside the MiniLM embedding:
    /// the best cross-validated candidate on data/ (see the README), and about twice as quick to fit as character 1-5.
    /// </summary>
    public static TrainingOptions Recommended(int seed) => Both(seed, l2: 3f, characters: 3);

    private static TrainingOptions Both(int seed, float l2, int characters) => new()
    {
        Trainer = TrainerKind.LbfgsMaximumEntropy,
        Seed = seed,
        Features = FeatureSet.NGramsAndEmbedding,
        LbfgsL2 = l2,
        CharNgramLength = characters,
        Recipe = EmbeddingRecipes.Default,
    };

    /// <summary>The n-gram model a semantic model is measured against: LBFGS maximum entropy (L2 0.01) on title and summary n-grams.</summary>
    public static TrainingOptions NgramReference(int seed) =>
        new() { Trainer = TrainerKind.LbfgsMaximumEntropy, Seed = seed, Features = FeatureSet.NGrams, LbfgsL2 = 0.01f };
}
