namespace Classifier.Core.Tagging;

/// <summary>Keeps the strongest reasons that each say something new, so five reasons are not five pieces of one word.</summary>
internal static class DistinctReasons
{
    /// <summary>
    /// The first <paramref name="count"/> reasons, strongest first, skipping an n-gram that lies inside a stronger one from the
    /// same field or contains it ("segm" after "segme", "_vis" after "visual", "diffusion models" after "diffusion").
    /// </summary>
    public static IReadOnlyList<NgramContribution> Pick(IReadOnlyList<NgramContribution> ranked, int count)
    {
        var picked = new List<NgramContribution>(count);
        foreach (var reason in ranked)
        {
            if (picked.Count == count)
            {
                break;
            }
            if (!picked.Any(p => Overlap(p.OverlapKey, reason.OverlapKey)))
            {
                picked.Add(reason);
            }
        }
        return picked;
    }

    private static bool Overlap((string Field, string Text) a, (string Field, string Text) b) =>
        a.Field == b.Field && (a.Text.Contains(b.Text, StringComparison.Ordinal) || b.Text.Contains(a.Text, StringComparison.Ordinal));
}
