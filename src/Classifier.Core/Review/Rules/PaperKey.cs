using Classifier.Core.Papers;

namespace Classifier.Core.Review.Rules;

/// <summary>Decides whether two entries name the same paper: same arXiv id, or same title ignoring case and punctuation.</summary>
internal static class PaperKey
{
    public static bool Same(Paper a, Paper b) =>
        (a.ArxivId is not null && a.ArxivId == b.ArxivId) || NormalizedTitle(a) == NormalizedTitle(b);

    public static string NormalizedTitle(Paper paper) =>
        new([.. paper.Title.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
