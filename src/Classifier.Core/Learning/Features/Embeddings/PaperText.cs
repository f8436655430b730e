using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>What the encoder reads for a paper: the title, then the summary when there is one.</summary>
internal static class PaperText
{
    public static string For(Paper paper) =>
        string.IsNullOrWhiteSpace(paper.Summary) ? paper.Title : $"{paper.Title.TrimEnd('.', ' ')}. {paper.Summary}";
}
