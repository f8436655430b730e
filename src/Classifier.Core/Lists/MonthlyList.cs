using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>A monthly list as read: title, month, table of contents, category sections and their papers, plus its source text.</summary>
internal sealed record MonthlyList(
    string File,
    string Title,
    Month? Month,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<ListSection> Sections,
    string SourceText)
{
    public IEnumerable<ListRow> Rows => Sections.SelectMany(s => s.Rows);

    /// <summary>1-based lines of table rows a draft leaves empty ('| []() | | |'): no paper, kept out of <see cref="Rows"/>.</summary>
    public IReadOnlyList<int> PlaceholderLines { get; init; } = [];

    public IReadOnlyList<Paper> Papers => [.. Rows.Select(r => r.Paper)];

    public ListSection? SectionFor(Category category) => Sections.FirstOrDefault(s => s.Category == category);

    public ListRow? FindRow(string paperId) => Rows.FirstOrDefault(r => r.Paper.Id == paperId);

    /// <summary>The section a contents entry names: by category, else by heading text; null when the list has none.</summary>
    public ListSection? OwnSectionOf(TocEntry entry)
    {
        var category = Taxonomy.Find(entry.Text);
        var text = DocumentText.Normalize(entry.Text);
        return category is not null
            ? SectionFor(category)
            : Sections.FirstOrDefault(s => DocumentText.Normalize(s.Heading).EndsWith(text, StringComparison.Ordinal));
    }

    /// <summary>
    /// The papers filed under a known category, as labelled data for learning. A paper listed under two sections is one
    /// paper: its first listing, with the other sections in <see cref="Paper.AlsoListedUnder"/>, so training never sees it
    /// as two examples that contradict each other.
    /// </summary>
    public LabelledMonth ToLabelledMonth(Month month) =>
        new(month, File, [.. MultiLabel.Merge(Papers.Where(p => p.Category is not null))]);
}
