using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Rules;

/// <summary>Flags a list with no paper rows at all (empty file, no tables).</summary>
internal sealed class NoPapersRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists)
    {
        if (!list.Rows.Any())
        {
            var what = list.SourceText.Trim().Length == 0 ? "the file is empty" : "no paper table was found";
            yield return new Finding("no-papers", Severity.Error, new SourceLocation(list.File, 1),
                $"No papers: {what}.", "Add one '| Paper | Project Page | Abstract / Short Summary |' table per category section.");
        }
    }
}
