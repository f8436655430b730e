using Microsoft.ML;

namespace Classifier.Core.Learning.Features;

/// <summary>The paper's sentence embedding, min-max scaled so that its dimensions weigh like the n-grams beside them.</summary>
internal sealed class EmbeddingFeatures : IFeatureSource
{
    public IReadOnlyList<string> Columns => [Learning.Columns.EmbeddingFeatures];

    public IEstimator<ITransformer> Create(MLContext ml) =>
        ml.Transforms.NormalizeMinMax(Learning.Columns.EmbeddingFeatures, Learning.Columns.Embedding);
}
