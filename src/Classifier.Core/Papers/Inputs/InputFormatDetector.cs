namespace Classifier.Core.Papers.Inputs;

/// <summary>Decides how to read an input file: from an explicit format name, else from its extension.</summary>
public static class InputFormatDetector
{
    private static readonly Dictionary<string, InputFormat> s_byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csv"] = InputFormat.Csv,
        ["tsv"] = InputFormat.Tsv,
        ["jsonl"] = InputFormat.JsonLines,
        ["ndjson"] = InputFormat.JsonLines,
        ["atom"] = InputFormat.Atom,
        ["xml"] = InputFormat.Atom,
        ["md"] = InputFormat.MarkdownList,
        ["markdown"] = InputFormat.MarkdownList,
    };

    /// <summary>The names accepted by <see cref="Parse"/>, for help text.</summary>
    public static IReadOnlyCollection<string> Names => s_byName.Keys;

    /// <summary>Returns the format named by <paramref name="explicitFormat"/>, or the one the file's extension implies.</summary>
    public static InputFormat Detect(string path, string? explicitFormat = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitFormat))
        {
            return Parse(explicitFormat)
                ?? throw new InputException(path, 0, $"unknown input format '{explicitFormat}' (expected one of: {string.Join(", ", Names)})");
        }
        var extension = Path.GetExtension(path).TrimStart('.');
        return Parse(extension)
            ?? throw new InputException(path, 0,
                $"cannot tell the input format from the extension '{Path.GetExtension(path)}'; use --input-format ({string.Join(", ", Names)})");
    }

    public static InputFormat? Parse(string name) =>
        s_byName.TryGetValue(name.Trim(), out var format) ? format : null;
}
