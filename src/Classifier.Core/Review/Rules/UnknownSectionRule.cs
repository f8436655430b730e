using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Rules;

/// <summary>Flags headings over a paper table that name none of the nine categories; other headings (a conclusion, say) are prose.</summary>
internal sealed class UnknownSectionRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists) =>
        list.Sections
            .Where(s => s.Category is null && s.TableLine > 0)
            .Select(s => new Finding("unknown-section", Severity.Warning, new SourceLocation(list.File, s.Line),
                s.Heading.Length == 0 ? "A table has no section heading above it." : $"Heading \"{s.Heading}\" names none of the nine categories.",
                $"Use one of: {string.Join(", ", Taxonomy.Categories.Select(c => $"{c.Number}. {c.Name}"))}."));
}
