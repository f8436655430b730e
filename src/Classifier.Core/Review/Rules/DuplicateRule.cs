using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Rules;

/// <summary>
/// Flags a paper listed twice, by arXiv id or normalised title, within the list or in another month's list. The same
/// arXiv id under two different sections of one list is one paper with two labels, not a duplicate.
/// </summary>
internal sealed class DuplicateRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists)
    {
        var seen = new List<Paper>();
        var elsewhere = otherLists.Where(o => o.File != list.File).SelectMany(o => o.Papers).ToList();
        foreach (var paper in list.Papers)
        {
            var first = seen.FirstOrDefault(p => PaperKey.Same(p, paper)) ?? elsewhere.FirstOrDefault(p => PaperKey.Same(p, paper));
            if (first is not null && !MultiLabel.IsSecondSection(first, paper))
            {
                var where = first.Source.File == list.File ? $"line {first.Source.Line}" : first.Source.ToString();
                yield return new Finding("duplicate", Severity.Warning, paper.Source,
                    $"\"{paper.Title}\" is already listed at {where}.", "Keep one entry and remove the other.",
                    PaperId: paper.Id);
            }
            seen.Add(paper);
        }
    }
}
