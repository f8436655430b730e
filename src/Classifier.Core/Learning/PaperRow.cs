using Classifier.Core.Papers;

namespace Classifier.Core.Learning;

/// <summary>The one ML.NET row type that training and prediction share: the two text columns and the label.</summary>
internal sealed class PaperRow
{
    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The category name; empty at prediction time, and never a feature.</summary>
    public string Label { get; set; } = "";

    public static PaperRow From(Paper paper) => new()
    {
        Title = paper.Title,
        Summary = paper.Summary,
        Label = paper.Category?.Name ?? "",
    };

    /// <summary>A row for prediction: the label is left empty so nothing about it can reach the model.</summary>
    public static PaperRow Unlabelled(Paper paper) => new() { Title = paper.Title, Summary = paper.Summary };
}
