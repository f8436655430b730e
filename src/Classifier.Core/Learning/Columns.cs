namespace Classifier.Core.Learning;

/// <summary>The column names of the pipeline, so training, explanation and checks agree on them.</summary>
internal static class Columns
{
    public const string Title = nameof(PaperRow.Title);
    public const string Summary = nameof(PaperRow.Summary);
    public const string Label = nameof(PaperRow.Label);
    public const string Embedding = nameof(PaperRow.Embedding);
    public const string EmbeddingFeatures = "EmbeddingFeatures";
    public const string TitleFeatures = "TitleFeatures";
    public const string SummaryFeatures = "SummaryFeatures";
    public const string Features = "Features";
    public const string Score = "Score";
    public const string PredictedLabel = "PredictedLabel";
}
