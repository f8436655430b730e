using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Review.Rules;

namespace Classifier.Core.Review;

/// <summary>Compares a working copy of a month with the data folder's list of the same month: what was added, removed or moved.</summary>
/// <remarks>Its papers are the same papers, so they are compared with that copy instead of being reported as its duplicates.</remarks>
internal static class WorkingCopyComparer
{
    public const string RuleId = "working-copy";
    public const string MovedRuleId = "moved-since-copy";

    /// <summary>The list in <paramref name="otherLists"/> that is another file of the same month as <paramref name="list"/>; null when none.</summary>
    public static MonthlyList? CopyOf(MonthlyList list, IReadOnlyList<MonthlyList> otherLists) =>
        list.Month is { } month
            ? otherLists.FirstOrDefault(o => o.Month == month && Path.GetFullPath(o.File) != Path.GetFullPath(list.File))
            : null;

    /// <summary>One info finding that sums up the differences, and one per paper filed under another category than in the copy.</summary>
    public static IEnumerable<Finding> Compare(MonthlyList list, MonthlyList copy)
    {
        var added = list.Papers.Where(p => !copy.Papers.Any(c => PaperKey.Same(c, p))).ToList();
        var removed = copy.Papers.Where(c => !list.Papers.Any(p => PaperKey.Same(c, p))).ToList();
        var moved = list.Papers
            .Select(p => (Paper: p, Before: copy.Papers.FirstOrDefault(c => PaperKey.Same(c, p))))
            .Where(x => x.Before is not null && x.Before.Category != x.Paper.Category)
            .ToList();
        yield return new Finding(RuleId, Severity.Info, new SourceLocation(list.File, 1),
            $"A working copy of {copy.File}: {Count(added.Count, "added")}, {Count(removed.Count, "removed")}, {Count(moved.Count, "moved")}"
                + (removed.Count > 0 ? $" (removed: {string.Join("; ", removed.Select(r => $"\"{r.Title}\""))})" : "") + ".",
            "Compared with that copy rather than checked for duplicates against it; copy it into the data folder when it is ready.");
        foreach (var (paper, before) in moved)
        {
            yield return new Finding(MovedRuleId, Severity.Info, paper.Source,
                $"\"{paper.Title}\" is filed under {paper.Category?.Name ?? "no category"} here, under {before!.Category?.Name ?? "no category"} in {before.Source}.",
                "Keep the move if it is meant.",
                PaperId: paper.Id);
        }
    }

    private static string Count(int n, string what) => $"{n} paper{(n == 1 ? "" : "s")} {what}";
}
