using System.Text;

namespace Classifier.Core.Lists;

/// <summary>The rendered text of a list as a reader sees it (headings, paragraphs, table cells), with the section each piece belongs to.</summary>
internal sealed class DocumentText
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Start, int Section)> _starts = [];

    /// <summary>Appends a piece of text that belongs to the section at the given index (-1 before the first section).</summary>
    public void Add(string text, int section)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return;
        }
        if (_text.Length > 0)
        {
            _text.Append(' ');
        }
        _starts.Add((_text.Length, section));
        _text.Append(normalized);
    }

    public string Text => _text.ToString();

    /// <summary>The index of the section holding the character at the given offset, or -1.</summary>
    public int SectionAt(int offset)
    {
        var section = -1;
        foreach (var (start, index) in _starts)
        {
            if (start > offset)
            {
                break;
            }
            section = index;
        }
        return section;
    }

    // Text fragments match case-insensitively and treat any white space, NBSP included, as one space.
    public static string Normalize(string text) =>
        InlineText.Collapse(text.Replace('\u00A0', ' ')).ToLowerInvariant();
}
