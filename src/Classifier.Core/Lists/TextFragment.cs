namespace Classifier.Core.Lists;

/// <summary>A parsed text fragment directive (<c>#:~:text=[prefix-,]start[,end][,-suffix]</c>), percent-decoded and normalised.</summary>
internal sealed record TextFragment(string? Prefix, string Start, string? End, string? Suffix)
{
    private const string Marker = ":~:text=";

    public static TextFragment? Parse(string link)
    {
        var at = link.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var parts = link[(at + Marker.Length)..].Split('&')[0].Split(',').ToList();
        var prefix = parts.Count > 1 && parts[0].EndsWith('-') ? Decode(parts[0][..^1]) : null;
        if (prefix is not null)
        {
            parts.RemoveAt(0);
        }
        var suffix = parts.Count > 1 && parts[^1].StartsWith('-') ? Decode(parts[^1][1..]) : null;
        if (suffix is not null)
        {
            parts.RemoveAt(parts.Count - 1);
        }
        return parts.Count is 1 or 2 && parts[0].Length > 0
            ? new TextFragment(prefix, Decode(parts[0]), parts.Count == 2 ? Decode(parts[1]) : null, suffix)
            : null;
    }

    /// <summary>The offset of the first match of the start text in the document text, honouring prefix, end and suffix; -1 if none.</summary>
    public int FindIn(string text)
    {
        for (var at = text.IndexOf(Start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Start, at + 1, StringComparison.Ordinal))
        {
            if (PrefixMatches(text, at) && RestMatches(text, at + Start.Length))
            {
                return at;
            }
        }
        return -1;
    }

    private bool PrefixMatches(string text, int at) =>
        Prefix is null || text[..at].TrimEnd().EndsWith(Prefix, StringComparison.Ordinal);

    private bool RestMatches(string text, int after)
    {
        if (End is not null)
        {
            var end = text.IndexOf(End, after, StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }
            after = end + End.Length;
        }
        return Suffix is null || text[after..].TrimStart().StartsWith(Suffix, StringComparison.Ordinal);
    }

    private static string Decode(string part) => DocumentText.Normalize(Uri.UnescapeDataString(part));
}
