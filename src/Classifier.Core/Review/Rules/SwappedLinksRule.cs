using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Rules;

/// <summary>Flags rows whose paper cell links a project site while the project cell links the arXiv paper.</summary>
internal sealed class SwappedLinksRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists) =>
        list.Rows
            .Where(r => IsSwapped(r))
            .Select(r => new Finding("swapped-links", Severity.Warning, r.Paper.Source,
                $"Row \"{r.Paper.Title}\" links the project page as the paper and arXiv as the project.",
                $"Swap them: paper {r.Paper.ProjectUrl}, project {r.Paper.PaperUrl}.",
                PaperId: r.Paper.Id));

    public static bool IsSwapped(ListRow row) =>
        row.Paper.PaperUrl is not null && !ArxivIds.IsArxivLink(row.Paper.PaperUrl) && ArxivIds.IsArxivLink(row.Paper.ProjectUrl);
}
