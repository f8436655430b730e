using Classifier.Core.Learning.Features.Embeddings;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning.Gate;

/// <summary>The gate's ML.NET row: a title (or a curator's note), its sentence embedding, and whether it is out of scope.</summary>
internal sealed class GateRow
{
    public string Title { get; set; } = "";

    [VectorType(MiniLmModel.Dimension)]
    public float[] TitleEmbedding { get; set; } = [];

    public bool Label { get; set; }
}

/// <summary>What the gate's pipeline hands back.</summary>
internal sealed class GateOutput
{
    public float Probability { get; set; }
}
