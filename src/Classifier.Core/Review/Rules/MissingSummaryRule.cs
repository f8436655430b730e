using Classifier.Core.Lists;

namespace Classifier.Core.Review.Rules;

/// <summary>Notes rows whose summary cell is empty.</summary>
internal sealed class MissingSummaryRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists) =>
        list.Rows
            .Where(r => string.IsNullOrWhiteSpace(r.Paper.Summary))
            .Select(r => new Finding("missing-summary", Severity.Info, r.Paper.Source,
                $"\"{r.Paper.Title}\" has no summary.", "Add a one- or two-sentence summary from the abstract.",
                PaperId: r.Paper.Id));
}
