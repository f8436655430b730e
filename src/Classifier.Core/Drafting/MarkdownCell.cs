using System.Text.RegularExpressions;

namespace Classifier.Core.Drafting;

/// <summary>Makes input text safe inside one pipe-table cell: on one line, with no character that would end the cell or a link.</summary>
internal static partial class MarkdownCell
{
    /// <summary>Text for a summary cell: white space collapsed, '|' and backticks escaped, a backslash kept literal.</summary>
    public static string Text(string text) => Escape(text, @"|`");

    /// <summary>Text for a link's label: as <see cref="Text"/>, and the brackets that would end the label.</summary>
    public static string LinkLabel(string text) => Escape(text, @"|`[]");

    /// <summary>A link target with the characters that would end it or the cell percent-encoded.</summary>
    public static string LinkTarget(string url) =>
        url.Trim().Replace(" ", "%20").Replace("(", "%28").Replace(")", "%29").Replace("|", "%7C").Replace("<", "%3C").Replace(">", "%3E");

    private static string Escape(string text, string special)
    {
        var collapsed = Spaces().Replace(text, " ").Trim();
        var escaped = new System.Text.StringBuilder(collapsed.Length);
        for (var i = 0; i < collapsed.Length; i++)
        {
            var c = collapsed[i];
            // A backslash escapes the punctuation after it, so it is doubled only where it would.
            if (special.Contains(c) || (c == '\\' && i + 1 < collapsed.Length && IsAsciiPunctuation(collapsed[i + 1])))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
