using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Rules;

/// <summary>Flags categories of the nine that have no section in a list that has sections.</summary>
internal sealed class MissingSectionRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists)
    {
        if (list.Sections.Count == 0)
        {
            return [];
        }
        var line = list.Sections[^1].TableLastLine;
        return Taxonomy.Categories
            .Where(c => list.SectionFor(c) is null)
            .Select(c => new Finding("missing-section", Severity.Warning, new SourceLocation(list.File, line),
                $"No section for category {c.Number}. {c.Name}.",
                $"Add '<h4 align=\"left\">{c.Number}. {c.Name} </h4>' and its table in category order."));
    }
}
