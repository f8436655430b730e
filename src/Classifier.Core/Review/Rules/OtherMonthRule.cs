using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Rules;

/// <summary>Flags papers whose arXiv id dates from before the month preceding the list's month, or after it.</summary>
/// <remarks>The month before is allowed: papers posted at the end of a month are listed the next (March 2023 has one, 2302.13848).</remarks>
internal sealed class OtherMonthRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists)
    {
        if (list.Month is not { } month)
        {
            yield break;
        }
        foreach (var paper in list.Papers)
        {
            if (IsFromAnotherMonth(paper.ArxivId, month, out var posted))
            {
                yield return new Finding("other-month", Severity.Warning, paper.Source,
                    $"\"{paper.Title}\" is arXiv {paper.ArxivId} from {posted}, not from {month}.",
                    "Check that it belongs in this month's list; remove it if it was listed by mistake.",
                    PaperId: paper.Id);
            }
        }
    }

    /// <summary>Whether an arXiv id dates from before the month preceding the list's month, or after it; the month it dates from.</summary>
    public static bool IsFromAnotherMonth(string? arxivId, Month list, out Month posted)
    {
        posted = IdMonth(arxivId) ?? default;
        return IdMonth(arxivId) is not null && !IsExpected(posted, list);
    }

    private static bool IsExpected(Month posted, Month list) =>
        posted.CompareTo(list) <= 0 && posted.CompareTo(Previous(list)) >= 0;

    private static Month Previous(Month month) =>
        month.Number == 1 ? new Month(month.Year - 1, 12) : new Month(month.Year, month.Number - 1);

    private static Month? IdMonth(string? arxivId) =>
        arxivId is { Length: >= 4 } && int.TryParse(arxivId[..2], out var year) && int.TryParse(arxivId[2..4], out var number) && number is >= 1 and <= 12
            ? new Month(2000 + year, number)
            : null;
}
