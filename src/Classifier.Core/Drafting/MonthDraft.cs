using Classifier.Core.Papers;
using Classifier.Core.Review;

namespace Classifier.Core.Drafting;

/// <summary>A drafted month: its Markdown, the papers filed per category, the papers left out, and what its own review found.</summary>
internal sealed record MonthDraft(
    Month Month,
    string Text,
    IReadOnlyDictionary<Category, IReadOnlyList<DraftEntry>> Sections,
    IReadOnlyList<LeftOutPaper> LeftOut,
    IReadOnlyList<Finding> Findings)
{
    public IEnumerable<DraftEntry> Entries => Sections.Values.SelectMany(s => s);

    /// <summary>The review's findings that stop the draft from being written: errors and warnings.</summary>
    public IReadOnlyList<Finding> Blocking => [.. Findings.Where(f => f.Severity >= Severity.Warning)];
}
