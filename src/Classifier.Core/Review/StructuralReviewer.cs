using Classifier.Core.Lists;
using Classifier.Core.Review.Rules;

namespace Classifier.Core.Review;

/// <summary>Runs the structural rules over a monthly list and ranks what they find.</summary>
internal sealed class StructuralReviewer(IReadOnlyList<IListRule> rules)
{
    public StructuralReviewer()
        : this(
        [
            new NoPapersRule(), new TocTargetRule(), new RowCellsRule(), new RowSplitRule(), new SwappedLinksRule(),
            new DuplicateRule(), new OtherMonthRule(), new UnknownSectionRule(), new MissingSectionRule(), new MissingSummaryRule(), new DraftStyleRule(),
        ])
    {
    }

    /// <summary>All findings on the list, worst first, then by line.</summary>
    public IReadOnlyList<Finding> Review(MonthlyList list, IReadOnlyList<MonthlyList>? otherLists = null) =>
        Rank(rules.SelectMany(r => r.Check(list, otherLists ?? [])));

    public static IReadOnlyList<Finding> Rank(IEnumerable<Finding> findings) =>
    [
        .. findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line)
            .ThenByDescending(f => f.Score)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal),
    ];
}
