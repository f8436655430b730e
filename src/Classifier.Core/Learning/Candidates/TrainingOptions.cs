using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Core.Learning.Candidates;

/// <summary>Everything that decides a trained model: features, trainer, its knobs and the seed.</summary>
public sealed record TrainingOptions
{
    public TrainerKind Trainer { get; init; } = TrainerKind.SdcaMaximumEntropy;

    /// <summary>N-grams, the sentence embedding, or both (the embedding needs the MiniLM encoder at training and tagging time).</summary>
    public FeatureSet Features { get; init; } = FeatureSet.NGrams;

    public int Seed { get; init; } = 1;

    /// <summary>How the embedding feature is made from a paper; null in bundles from before the choice, which read the joined text.</summary>
    public EmbeddingRecipe? Recipe { get; init; }

    /// <summary>Word n-grams of length 1 up to this.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Character n-grams of length 1 up to this; ML.NET has no minimum length, so 1- and 2-grams come too.</summary>
    public int CharNgramLength { get; init; } = 5;

    /// <summary>Featurize the summary beside the title (skipped automatically when every summary is empty).</summary>
    public bool UseSummary { get; init; } = true;

    /// <summary>Passes over the data for SDCA, LBFGS and the linear SVM (SDCA with little L2 needed about 100 on data/).</summary>
    public int MaximumIterations { get; init; } = 100;

    /// <summary>L2 weight for LBFGS (L1 is off: with L1=1 it collapses to the commonest class on small data).</summary>
    public float LbfgsL2 { get; init; } = 0.01f;

    /// <summary>L2 weight for SDCA; null lets SDCA choose from the data, which collapsed to the commonest class on data/.</summary>
    public float? SdcaL2 { get; init; } = 1e-5f;

    /// <summary>Regularisation of the one-versus-all linear SVM.</summary>
    public float SvmLambda { get; init; } = 0.001f;

    public int FastTreeTrees { get; init; } = 50;

    public int FastTreeLeaves { get; init; } = 8;

    public override string ToString() => Trainer switch
    {
        TrainerKind.SdcaMaximumEntropy => $"SdcaMaximumEntropy(iterations={MaximumIterations}, l2={SdcaL2?.ToString() ?? "auto"})",
        TrainerKind.LbfgsMaximumEntropy => $"LbfgsMaximumEntropy(iterations={MaximumIterations}, l1=0, l2={LbfgsL2})",
        TrainerKind.OneVersusAllLinearSvm => $"OneVersusAll(LinearSvm(iterations={MaximumIterations}, lambda={SvmLambda}))",
        _ => $"OneVersusAll(FastTree(trees={FastTreeTrees}, leaves={FastTreeLeaves}))",
    } + $", {DescribeFeatures()}, seed {Seed}";

    /// <summary>The features in words, e.g. "word 1-2 + char 1-5 TF-IDF of title and summary + MiniLM embedding".</summary>
    public string DescribeFeatures()
    {
        var ngrams = $"word 1-{WordNgramLength} + char 1-{CharNgramLength} TF-IDF of title{(UseSummary ? " and summary" : "")}";
        return Features switch
        {
            FeatureSet.NGrams => ngrams,
            FeatureSet.Embedding => Recipe.OrUnrecorded() == EmbeddingRecipe.JoinedText ? "MiniLM embedding of title and summary" : $"MiniLM {Recipe.OrUnrecorded().Describe()}",
            _ => $"{ngrams} + MiniLM embedding{(Recipe.OrUnrecorded() == EmbeddingRecipe.JoinedText ? "" : $" ({Recipe.OrUnrecorded().Describe()})")}",
        };
    }
}
