using System.Text.RegularExpressions;

namespace Classifier.Core.Drafting;

/// <summary>Splits English prose into sentences at '.', '!' or '?' followed by white space and a capital or digit.</summary>
/// <remarks>
/// Deliberately simple: abstracts are edited prose with few traps, and the trimmer only needs the first two sentences.
/// The traps it does know: decimals and versions ("3.5", "v1.5") have no space after the dot; abbreviations common in
/// abstracts ("e.g.", "i.e.", "et al.", "Fig.", "vs.") do not end a sentence. Initials ("J. Smith") are not guarded:
/// abstracts rarely name people, and a one-letter name ending a sentence ("of size N. We") is as common.
/// </remarks>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g.", "i.e.", "al.", "etc.", "fig.", "figs.", "eq.", "eqs.", "sec.", "vs.", "cf.", "approx.", "resp.", "no.", "dr.", "mr.", "ms.",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match end in Boundary().Matches(text))
        {
            var candidate = text[start..(end.Index + end.Length)];
            if (!EndsInAbbreviation(candidate))
            {
                sentences.Add(candidate.Trim());
                start = end.Index + end.Length;
            }
        }
        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            sentences.Add(text[start..].Trim());
        }
        return sentences;
    }

    private static bool EndsInAbbreviation(string sentence)
    {
        var trimmed = sentence.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        var word = trimmed[(space + 1)..].TrimStart('(', '"');
        return Abbreviations.Contains(word);
    }

    // The end mark, any closing quotes or brackets, then white space before a capital letter, a digit or an opening quote.
    [GeneratedRegex(@"[.!?][""')\]]*(?=\s+[\p{Lu}\d""'(\[])")]
    private static partial Regex Boundary();
}
