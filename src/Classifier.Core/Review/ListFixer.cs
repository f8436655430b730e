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
        var chosen = review.Findings.Where(f => !IsMove(f) || selection.Accepts(f) && CanMoveInto(list, f)).ToList();
        var edits = FixPlanner.EditsFor(list, chosen);
        var text = ListWriter.Render(list, edits);
        var fixedFindings = chosen.Where(f => IsMove(f) || FixPlanner.EditsFor(list, [f]).Count > 0 || IsRowRepair(f)).ToList();
        return new ListFix(list, text, fixedFindings, [.. misfiles.Except(chosen)]);
    }

    private static bool IsMove(Finding finding) => finding.PaperId is not null && finding.ProposedCategory is not null;

    // Writing a list normalises every malformed row, so these findings are fixed without an edit of their own.
    private static bool IsRowRepair(Finding finding) => finding.RuleId is "row-split" or "row-cells";

    private static bool CanMoveInto(MonthlyList list, Finding move) =>
        list.SectionFor(move.ProposedCategory!) is { TableLine: > 0 };
}
