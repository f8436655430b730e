using Microsoft.ML.Data;

namespace Classifier.Core.Learning;

/// <summary>What the prediction engine hands back: the feature vector and one probability per label.</summary>
internal sealed class ScoredRow
{
    public VBuffer<float> Features { get; set; }

    public float[] Score { get; set; } = [];
}
