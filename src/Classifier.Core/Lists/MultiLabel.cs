using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>Joins the listings of one paper under several sections of a list into one paper with several labels.</summary>
internal static class MultiLabel
{
    /// <summary>The papers in list order; a later listing of the same arXiv id under another category joins the first one's <see cref="Paper.AlsoListedUnder"/>.</summary>
    /// <remarks>A paper listed twice under the same section stays two entries: that is a duplicate, which review reports.</remarks>
    public static IEnumerable<Paper> Merge(IEnumerable<Paper> papers)
    {
        var merged = new List<Paper>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            if (paper.ArxivId is { } id && byId.TryGetValue(id, out var index) && merged[index] is var first
                && first.Category != paper.Category && paper.Category is { } other && !first.AlsoListedUnder.Contains(other))
            {
                merged[index] = first with { AlsoListedUnder = [.. first.AlsoListedUnder, other] };
                continue;
            }
            if (paper.ArxivId is { } key)
            {
                byId.TryAdd(key, merged.Count);
            }
            merged.Add(paper);
        }
        return merged;
    }

    /// <summary>Whether two entries of the same list are one paper under two sections (not a duplicate).</summary>
    public static bool IsSecondSection(Paper first, Paper later) =>
        first.ArxivId is not null && first.ArxivId == later.ArxivId && first.Source.File == later.Source.File
        && first.Category is not null && later.Category is not null && first.Category != later.Category;
}
