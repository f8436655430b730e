using Classifier.Core.Learning.Features.Embeddings;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning;

/// <summary>What the prediction engine hands back: the feature vector, the embedding and one probability per label.</summary>
internal sealed class ScoredRow
{
    public VBuffer<float> Features { get; set; }

    /// <summary>The input embedding, passed through (zeros for an n-gram model).</summary>
    [VectorType(MiniLmModel.Dimension)]
    public float[] Embedding { get; set; } = [];

    public float[] Score { get; set; } = [];
}
