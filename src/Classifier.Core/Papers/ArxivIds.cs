using System.Text.RegularExpressions;

namespace Classifier.Core.Papers;

/// <summary>Reads new-style arXiv ids (2303.16203) out of links, references and bare ids, without the version.</summary>
internal static partial class ArxivIds
{
    /// <summary>The id named by an arxiv.org abs/ or pdf/ link; null for any other link.</summary>
    public static string? FromLink(string? url) => Match(ArxivLink(), url);

    /// <summary>The id named anywhere in the text ("arXiv:2303.16203v2", a link, a bare id); null when none.</summary>
    public static string? FromText(string? text) => Match(NewStyleId(), text);

    /// <summary>The arXiv id when the text names one, else the trimmed text itself (null when blank).</summary>
    public static string? FromTextOrKeep(string? text) =>
        FromText(text) ?? (string.IsNullOrWhiteSpace(text) ? null : text.Trim());

    public static bool IsArxivLink(string? url) => url is not null && url.Contains("arxiv.org/", StringComparison.OrdinalIgnoreCase);

    private static string? Match(Regex pattern, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var match = pattern.Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivLink();

    [GeneratedRegex(@"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")]
    private static partial Regex NewStyleId();
}
