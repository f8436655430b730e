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
        var keys = new List<(string Field, string Text)>(count);
        foreach (var reason in ranked)
        {
            if (picked.Count == count)
            {
                break;
            }
            var key = Key(reason.Ngram);
            if (!keys.Any(k => k.Field == key.Field && (k.Text.Contains(key.Text, StringComparison.Ordinal) || key.Text.Contains(k.Text, StringComparison.Ordinal))))
            {
                picked.Add(reason);
                keys.Add(key);
            }
        }
        return picked;
    }

    // Reads back what SlotNameFormatter wrote: 'title: "_vis"' -> ("title", "vis"), 'title: diffusion models' -> ("title", "diffusion models").
    private static (string Field, string Text) Key(string ngram)
    {
        var colon = ngram.IndexOf(": ", StringComparison.Ordinal);
        var field = colon < 0 ? "" : ngram[..colon];
        var text = (colon < 0 ? ngram : ngram[(colon + 2)..]).Trim('"').Replace('_', ' ').Replace('^', ' ').Replace('$', ' ');
        return (field, text.Trim().ToLowerInvariant());
    }
}
