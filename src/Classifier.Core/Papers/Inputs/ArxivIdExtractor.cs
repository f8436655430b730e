using System.Text.RegularExpressions;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Pulls a new-style arXiv id (2303.16203) out of an id, "arXiv:" reference or abs/pdf URL, dropping the version.</summary>
internal static partial class ArxivIdExtractor
{
    /// <summary>The bare id such as 2303.16203, or null when the text names none.</summary>
    public static string? Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var match = NewStyleId().Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The arXiv id when the text names one, else the trimmed text itself (null when blank).</summary>
    public static string? ExtractOrKeep(string? text) =>
        Extract(text) ?? (string.IsNullOrWhiteSpace(text) ? null : text.Trim());

    [GeneratedRegex(@"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")]
    private static partial Regex NewStyleId();
}
