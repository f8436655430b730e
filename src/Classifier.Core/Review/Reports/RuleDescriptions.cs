namespace Classifier.Core.Review.Reports;

/// <summary>One sentence per review rule, for reports that describe their rules (SARIF's rule metadata, the HTML page).</summary>
public static class RuleDescriptions
{
    private static readonly Dictionary<string, string> Sentences = new(StringComparer.Ordinal)
    {
        ["toc-target"] = "A contents link lands on another section or nowhere.",
        ["row-cells"] = "A table row does not have the three cells paper, project page and summary.",
        ["row-split"] = "A table row is split over several lines, which breaks the table.",
        ["swapped-links"] = "A row links the project page as the paper and the paper as the project.",
        ["duplicate"] = "A paper is listed twice, in this list or in another month's.",
        ["other-month"] = "A paper's arXiv id is older than the month before the list's.",
        ["unknown-section"] = "A section heading names none of the nine categories.",
        ["missing-section"] = "One of the nine categories has no section.",
        ["no-papers"] = "The list has no paper tables.",
        ["missing-summary"] = "A paper has no summary.",
        [MisfileDetector.RuleId] = "A paper reads as another category than the one it is filed under (confident learning on out-of-fold probabilities).",
    };

    public static string For(string ruleId) => Sentences.GetValueOrDefault(ruleId, $"The {ruleId} rule.");
}
