using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>One category section of a list: its heading, the category it names (null if unknown) and its table rows.</summary>
/// <param name="Number">The number written before the heading ("4." in "4. Image Segmentation"), else its position.</param>
/// <param name="Line">1-based line of the heading.</param>
/// <param name="TableLine">1-based line of the table header, or 0 when the section has no table; for a category written as a bold row inside a table, the line before that row.</param>
internal sealed record ListSection(int Number, string Heading, Category? Category, int Line, int TableLine, IReadOnlyList<ListRow> Rows)
{
    /// <summary>The last source line of the section's table (its header separator when it has no rows).</summary>
    public int TableLastLine => Rows.Count > 0 ? Rows[^1].LastLine : TableLine + 1;
}
