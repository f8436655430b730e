using Classifier.Core.Lists;

namespace Classifier.Core.Review;

/// <summary>Turns findings into the list edits that fix them, for findings that have a mechanical fix.</summary>
internal static class FixPlanner
{
    /// <summary>The edits for the findings that name one; row-cells and row-split need none, since writing normalises rows.</summary>
    public static IReadOnlyList<ListEdit> EditsFor(MonthlyList list, IEnumerable<Finding> findings) =>
        [.. findings.Select(f => EditFor(list, f)).OfType<ListEdit>()];

    private static ListEdit? EditFor(MonthlyList list, Finding finding) => finding switch
    {
        { PaperId: { } id, ProposedCategory: { } category } => new MovePaper(id, category),
        { RuleId: "swapped-links", PaperId: { } id } => new SwapLinks(id),
        { RuleId: "toc-target" } when list.Toc.FirstOrDefault(t => t.Line == finding.Location.Line) is { } entry
            && list.OwnSectionOf(entry) is not null => new RetargetTocLink(entry.Line),
        _ => null,
    };
}
