using System.Text.RegularExpressions;

namespace Classifier.Core.Lists;

/// <summary>Reads new-style arXiv ids (2303.04803) out of abs/ and pdf/ links.</summary>
internal static partial class ArxivIds
{
    public static string? Find(string? url)
    {
        if (url is null)
        {
            return null;
        }
        var match = ArxivLink().Match(url);
        return match.Success ? match.Groups[1].Value : null;
    }

    public static bool IsArxiv(string? url) => url is not null && url.Contains("arxiv.org/", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivLink();
}
