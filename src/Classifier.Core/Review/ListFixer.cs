using Classifier.Core.Lists;
using Classifier.Core.Papers.Inputs;

namespace Classifier.Core.Review;

/// <summary>Fixes what a review found that has a mechanical fix: structural faults always, misfiles only when selected.</summary>
internal static class ListFixer
{
    /// <summary>Renders the corrected list; throws <see cref="InputException"/> for an accepted id that no misfile names.</summary>
    public static ListFix Fix(ListReview review, FixSelection selection)
    {
        var list = review.List;
        var misfiles = review.Findings.Where(IsMove).ToList();
        var unknown = selection.AcceptedIds.FirstOrDefault(id => misfiles.All(f => f.PaperId != id));
        if (unknown is not null)
        {
            throw new InputException(list.File, 0, $"--accept {unknown}: no misfile suggestion names this paper id");
        }
        var selected = misfiles.Where(selection.Accepts).ToList();
        var movable = selected.Where(f => CanMoveInto(list, f)).ToList();
        var chosen = review.Findings.Where(f => !IsMove(f) || movable.Contains(f)).ToList();
        var text = ListWriter.Render(list, FixPlanner.EditsFor(list, chosen));
        var fixedFindings = chosen.Where(f => IsMove(f) || IsRowRepair(list, f) || FixPlanner.EditsFor(list, [f]).Count > 0).ToList();
        return new ListFix(list, text, fixedFindings, [.. misfiles.Except(selected)], [.. selected.Except(movable)]);
    }

    private static bool IsMove(Finding finding) => finding.PaperId is not null && finding.ProposedCategory is not null;

    // Writing a list normalises every malformed row it can rewrite without losing a cell, so these need no edit of their own.
    private static bool IsRowRepair(MonthlyList list, Finding finding) =>
        finding.RuleId is "row-split" or "row-cells"
        && list.Rows.Any(r => r.FirstLine == finding.Location.Line && RowRenderer.KeepsEveryCell(r, RowRenderer.Render(r, swapLinks: false), swapLinks: false));

    private static bool CanMoveInto(MonthlyList list, Finding move) =>
        list.SectionFor(move.ProposedCategory!) is { TableLine: > 0 };
}
