using System.Text.RegularExpressions;
using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>A section while its table is being read; frozen into a <see cref="ListSection"/> at the end.</summary>
internal sealed partial class SectionDraft(int position, string headingText, int line)
{
    public string Heading { get; } = InlineText.Collapse(headingText.Replace('\u00A0', ' '));

    public int Line { get; } = line;

    public int TableLine { get; set; }

    public List<ListRow> Rows { get; } = [];

    public Category? Category => Taxonomy.Find(Name);

    // Drafts end headings with a colon ("1. Image Recognition:"); the category is the same.
    private string Name => (Numbered().Match(Heading) is { Success: true } m ? m.Groups[2].Value : Heading).TrimEnd(':', ' ');

    private int Number => Numbered().Match(Heading) is { Success: true } m ? int.Parse(m.Groups[1].Value) : position;

    public ListSection Freeze() => new(Number, Heading, Category, Line, TableLine, [.. Rows]);

    [GeneratedRegex(@"^(\d+)\.\s*(.*)$")]
    private static partial Regex Numbered();
}
