using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning;

/// <summary>The one ML.NET row type that training and prediction share: the two text columns, the embedding and the label.</summary>
internal sealed class PaperRow
{
    // Shared and never written: the embedding of a row for a model that does not read embeddings.
    private static readonly float[] NoEmbedding = new float[MiniLmModel.Dimension];

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The sentence embedding of title and summary; zeros when the model reads n-grams only.</summary>
    [VectorType(MiniLmModel.Dimension)]
    public float[] Embedding { get; set; } = NoEmbedding;

    /// <summary>The category name; empty at prediction time, and never a feature.</summary>
    public string Label { get; set; } = "";

    public static PaperRow From(Paper paper, float[]? embedding = null) => new()
    {
        Title = paper.Title,
        Summary = paper.Summary,
        Embedding = embedding ?? NoEmbedding,
        Label = paper.Category?.Name ?? "",
    };

    /// <summary>A row for prediction: the label is left empty so nothing about it can reach the model.</summary>
    public static PaperRow Unlabelled(Paper paper, float[]? embedding = null) =>
        new() { Title = paper.Title, Summary = paper.Summary, Embedding = embedding ?? NoEmbedding };
}
