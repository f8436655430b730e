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

    /// <summary>
    /// Whether a slot can be named to a person as a reason: embedding dimensions carry weight too (Concatenate gives them
    /// empty names), but "dimension 17" explains nothing, and neither does a character n-gram shorter than four letters
    /// ("ut", "isi") or a run of function words ("from", "in the"); other words can.
    /// </summary>
    public static bool IsReason(string slotName)
    {
        if (!IsNgram(slotName))
        {
            return false;
        }
        var (_, parts, isCharacters) = Parse(slotName);
        return isCharacters ? Key(slotName).Text.Length >= 4 : !parts.All(FunctionWords.Contains);
    }

    // Common English function words: they carry weight in a model but say nothing about a paper's topic.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "without", "by", "as",
        "into", "onto", "via", "is", "are", "be", "been", "it", "its", "this", "that", "these", "those", "we", "our",
        "can", "not", "no", "than", "then", "all", "any", "each", "more", "most", "such", "which", "who", "how", "what",
    };

    /// <summary>Whether a feature slot is an n-gram: the embedding's slots have no name (or the embedding column's).</summary>
    public static bool IsNgram(ReadOnlySpan<char> slotName) =>
        !slotName.IsEmpty && !slotName.StartsWith(Learning.Columns.EmbeddingFeatures, StringComparison.Ordinal);

    // ML.NET names a slot "Char.u|r|a" or "Word.diffusion|models" when the title is the only source, and puts the source
    // column in front ("TitleFeatures.Char.u|r|a") when Concatenate joins several.
    private static (string Source, string[] Parts, bool IsCharacters) Parse(string slotName)
    {
        var source = slotName.StartsWith(Learning.Columns.SummaryFeatures, StringComparison.Ordinal) ? "summary" : "title";
        var rest = slotName;
        foreach (var field in new[] { Learning.Columns.TitleFeatures + ".", Learning.Columns.SummaryFeatures + "." })
        {
            rest = rest.StartsWith(field, StringComparison.Ordinal) ? rest[field.Length..] : rest;
        }
        bool? kind = rest.StartsWith("Char.", StringComparison.Ordinal) ? true : rest.StartsWith("Word.", StringComparison.Ordinal) ? false : null;
        var parts = (kind is null ? rest : rest[5..]).Split('|');
        // Without a kind, character n-grams are told by their parts: single characters (and boundary markers).
        var isCharacters = kind ?? (parts.Length > 1 && parts.All(p => p.Length == 1 || Markers.ContainsKey(p)));
        return (source, parts, isCharacters);
    }
}
