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
        var (source, parts, isCharacters) = Parse(slotName);
        return isCharacters
            ? $"{source}: \"{string.Concat(parts.Select(p => Markers.GetValueOrDefault(p, p)))}\""
            : $"{source}: {string.Join(' ', parts)}";
    }

    /// <summary>The field and the plain lower-case text of an n-gram (boundary markers as spaces), for telling overlapping n-grams apart.</summary>
    public static (string Field, string Text) Key(string slotName)
    {
        var (source, parts, isCharacters) = Parse(slotName);
        var text = isCharacters ? string.Concat(parts.Select(p => Markers.ContainsKey(p) ? " " : p)) : string.Join(' ', parts);
        return (source, text.Trim().ToLowerInvariant());
    }

    private static (string Source, string[] Parts, bool IsCharacters) Parse(string slotName)
    {
        var source = slotName.StartsWith("Summary", StringComparison.Ordinal) ? "summary" : "title";
        var dot = slotName.IndexOf('.', StringComparison.Ordinal);
        var parts = (dot < 0 ? slotName : slotName[(dot + 1)..]).Split('|');
        // Character n-grams come as single characters (and boundary markers) joined by '|'; word n-grams as words.
        var isCharacters = parts.Length > 1 && parts.All(p => p.Length == 1 || Markers.ContainsKey(p));
        return (source, parts, isCharacters);
    }
}
