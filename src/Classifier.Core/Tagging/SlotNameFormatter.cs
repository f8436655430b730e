namespace Classifier.Core.Tagging;

/// <summary>Makes FeaturizeText slot names readable: "TitleFeatures.diffusion|models" becomes "title: diffusion models".</summary>
internal static class SlotNameFormatter
{
    private static readonly Dictionary<string, string> Markers = new(StringComparer.Ordinal)
    {
        ["<␠>"] = "_",
        ["<␂>"] = "^",
        ["<␃>"] = "$",
    };

    public static string Format(string slotName)
    {
        var source = slotName.StartsWith("Summary", StringComparison.Ordinal) ? "summary" : "title";
        var dot = slotName.IndexOf('.', StringComparison.Ordinal);
        var parts = (dot < 0 ? slotName : slotName[(dot + 1)..]).Split('|');
        // Character n-grams come as single characters (and boundary markers) joined by '|'; word n-grams as words.
        var isCharacters = parts.Length > 1 && parts.All(p => p.Length == 1 || Markers.ContainsKey(p));
        return isCharacters
            ? $"{source}: \"{string.Concat(parts.Select(p => Markers.GetValueOrDefault(p, p)))}\""
            : $"{source}: {string.Join(' ', parts)}";
    }
}
