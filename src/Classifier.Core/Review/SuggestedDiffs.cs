using Classifier.Core.Lists;

namespace Classifier.Core.Review;

/// <summary>The diffs a review suggests: every structural repair together (what <c>fix</c> shows), and each misfile's move alone.</summary>
/// <param name="Moves">Per finding, in the review's order: the move's diff for a misfile, else null.</param>
internal sealed record SuggestedDiffs(string Structural, IReadOnlyList<string?> Moves)
{
    /// <summary>Plans the diffs with the fix planner; a move's diff is taken against the structurally repaired list, so it shows the move only.</summary>
    public static SuggestedDiffs For(ListReview review)
    {
        var list = review.List;
        var file = list.File.Replace('\\', '/');
        var structural = ListFixer.Fix(review, FixSelection.StructuralOnly);
        var repairs = FixPlanner.EditsFor(list, review.Findings.Where(f => f.ProposedCategory is null));
        var moves = review.Findings.Select(f => Move(list, repairs, structural.FixedText, f, file)).ToList();
        return new SuggestedDiffs(structural.HasChanges ? UnifiedDiff.Between(list.SourceText, structural.FixedText, file) : "", moves);
    }

    private static string? Move(MonthlyList list, IReadOnlyList<ListEdit> repairs, string repaired, Finding finding, string file)
    {
        if (finding is not { PaperId: { } id, ProposedCategory: { } category } || list.SectionFor(category) is not { TableLine: > 0 })
        {
            return null;
        }
        var moved = ListWriter.Render(list, [.. repairs, new MovePaper(id, category)]);
        return UnifiedDiff.Between(repaired, moved, file);
    }
}
