namespace Classifier.Core.Tagging;

/// <summary>Makes FeaturizeText slot names readable: "TitleFeatures.w.video|editing" becomes "title: video editing".</summary>
internal static class SlotNameFormatter
{
    public static string Format(string slotName)
    {
        var source = slotName.StartsWith("Summary", StringComparison.Ordinal) ? "summary" : "title";
        var dot = slotName.IndexOf('.', StringComparison.Ordinal);
        var rest = dot < 0 ? slotName : slotName[(dot + 1)..];
        if (rest.StartsWith("w.", StringComparison.Ordinal))
        {
            return $"{source}: {rest[2..].Replace('|', ' ')}";
        }
        if (rest.StartsWith("t.", StringComparison.Ordinal))
        {
            // Character n-grams mark word boundaries with <␠> and text ends with <␂>/<␃>.
            var chars = rest[2..].Replace("|", "", StringComparison.Ordinal).Replace("<␠>", "_", StringComparison.Ordinal)
                .Replace("<␂>", "^", StringComparison.Ordinal).Replace("<␃>", "$", StringComparison.Ordinal);
            return $"{source}: \"{chars}\"";
        }
        return $"{source}: {rest}";
    }
}
