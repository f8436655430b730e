namespace Classifier.Core.Review.Reports;

/// <summary>The machine- or document-oriented forms a review's findings can be written in.</summary>
public enum FindingsFormat
{
    Markdown,
    Json,
    GitHub,
    Sarif,
}
