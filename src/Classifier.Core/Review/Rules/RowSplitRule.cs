using Classifier.Core.Lists;

namespace Classifier.Core.Review.Rules;

/// <summary>Flags table rows written over several lines, whose tail Markdown renders outside the table.</summary>
internal sealed class RowSplitRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists) =>
        list.Rows
            .Where(r => r.IsSplit)
            .Select(r => new Finding("row-split", Severity.Warning, r.Paper.Source,
                $"Row \"{r.Paper.Title}\" is split over lines {r.FirstLine}-{r.LastLine}; the table breaks there.",
                "Join the row onto one line ending in '|'.",
                PaperId: r.Paper.Id));
}
