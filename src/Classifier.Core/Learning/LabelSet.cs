using Classifier.Core.Papers;

namespace Classifier.Core.Learning;

/// <summary>The categories present in labelled papers, in taxonomy order: the slot order of every score vector.</summary>
internal static class LabelSet
{
    public static IReadOnlyList<string> From(IEnumerable<Paper> papers) =>
        papers.Select(p => p.Category ?? throw new ArgumentException($"{p.Source}: paper '{p.Title}' has no category"))
            .Distinct()
            .OrderBy(c => c.Number)
            .Select(c => c.Name)
            .ToList();

    /// <summary>The index of the paper's category in the label set; -1 when the set lacks it.</summary>
    public static int IndexOf(IReadOnlyList<string> labels, Paper paper)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == paper.Category?.Name)
            {
                return i;
            }
        }
        return -1;
    }
}
