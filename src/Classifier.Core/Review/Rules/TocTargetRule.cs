using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Rules;

/// <summary>Flags table-of-contents links that land on another section than their own, or on nothing.</summary>
internal sealed class TocTargetRule : IListRule
{
    public const string Id = "toc-target";

    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists)
    {
        foreach (var entry in list.Toc)
        {
            var own = list.OwnSectionOf(entry);
            if (entry.Target is not null && entry.Target == own)
            {
                continue;
            }
            var lands = entry.Target is null ? "resolves to no section" : $"lands on section \"{entry.Target.Heading}\"";
            var fix = own is null
                ? $"Add a section for \"{entry.Text}\" or remove the entry."
                : $"Point it at its own section: {TocLink.Retarget(entry.Link, own)}";
            yield return new Finding(Id, Severity.Error, new SourceLocation(list.File, entry.Line),
                $"Contents link \"{entry.Text}\" {lands}.", fix);
        }
    }
}
