using Classifier.Core.Lists;

namespace Classifier.Core.Review.Rules;

/// <summary>Flags table rows with another number of cells than the three columns.</summary>
internal sealed class RowCellsRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists) =>
        list.Rows
            .Where(r => r.CellCount != ListRow.ExpectedCells)
            .Select(r => new Finding("row-cells", Severity.Error, r.Paper.Source,
                $"Row \"{r.Paper.Title}\" has {r.CellCount} cells, expected {ListRow.ExpectedCells}.",
                "Rewrite it as '| [title](paper) | project or -- | summary |'.",
                PaperId: r.Paper.Id));
}
