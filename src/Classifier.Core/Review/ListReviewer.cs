using Classifier.Core.Learning.Bundles;
using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review;

/// <summary>Reviews a monthly list with the structural rules and, given a misfile finder, for misfiled papers.</summary>
internal static class ListReviewer
{
    /// <summary>Reviews the list for structure and, when a bundle is given, for misfiles by its out-of-fold probabilities and for papers out of scope.</summary>
    public static ListReview Review(string path, IReadOnlyList<MonthlyList> otherLists, ModelBundle? bundle) =>
        Review(path, otherLists, bundle is null ? null : papers => [.. MisfileDetector.Detect(bundle, papers), .. OutOfScopeDetector.Detect(bundle, papers)]);

    /// <summary>
    /// Reads the list and ranks its findings: by severity, structural before misfiles within a severity
    /// (each already ranked by its own reviewer: structural by line, misfiles by score).
    /// </summary>
    public static ListReview Review(
        string path,
        IReadOnlyList<MonthlyList> otherLists,
        Func<IReadOnlyList<Paper>, IReadOnlyList<Finding>>? findMisfiles)
    {
        var list = ListParser.Read(path);
        // A working copy of a month in the data folder is compared with that month's list, not checked for duplicates against it.
        var copy = WorkingCopyComparer.CopyOf(list, otherLists);
        var structural = new StructuralReviewer().Review(list, copy is null ? otherLists : [.. otherLists.Where(o => o != copy)]);
        var changes = copy is null ? [] : WorkingCopyComparer.Compare(list, copy);
        var misfiles = findMisfiles?.Invoke(list.Papers) ?? [];
        // OrderBy is stable, so each group keeps its own ranking inside a severity.
        IReadOnlyList<Finding> findings = [.. structural.Concat(changes).Concat(misfiles).OrderByDescending(f => f.Severity)];
        return new ListReview(list, findings, findMisfiles is not null);
    }

    /// <summary>The lists of a data folder other than <paramref name="path"/>, for cross-month checks; none without a folder.</summary>
    public static IReadOnlyList<MonthlyList> OtherLists(string? dataFolder, string path)
    {
        if (dataFolder is null)
        {
            return [];
        }
        var self = Path.GetFullPath(path);
        return [.. LabelledDataReader.Read(dataFolder).Lists.Where(l => Path.GetFullPath(l.File) != self)];
    }
}
