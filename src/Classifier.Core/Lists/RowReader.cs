using Classifier.Core.Papers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classifier.Core.Lists;

/// <summary>Turns one Markdig table row into a <see cref="ListRow"/>, recovering the summary from rows with extra cells.</summary>
internal static class RowReader
{
    public static ListRow Read(TableRow row, string rawLine, Category? category, string file)
    {
        var rawCells = RawCells.Split(rawLine);
        var cells = row.Cast<TableCell>().Take(Math.Clamp(rawCells.Count, 1, row.Count)).ToList();
        var paperLink = FirstLink(cells[0]);
        var projectLink = cells.Skip(1).SkipLast(1).Select(FirstLink).FirstOrDefault(l => l is not null);
        var summary = cells.Count >= ListRow.ExpectedCells ? TextOf(cells[^1]) : "";
        var line = row.Line + 1;
        var paper = new Paper
        {
            Title = paperLink is null ? TextOf(cells[0]) : InlineText.Of(paperLink),
            Summary = summary == "--" ? "" : summary,
            ArxivId = ArxivIds.FromLink(paperLink?.Url) ?? ArxivIds.FromLink(projectLink?.Url),
            PaperUrl = paperLink?.Url,
            ProjectUrl = projectLink?.Url,
            Category = category,
            Source = new SourceLocation(file, line),
        };
        return new ListRow(paper, rawCells.Count, line, line, rawLine, rawCells);
    }

    /// <summary>The plain text of a cell, for the document text and for summaries.</summary>
    public static string TextOf(TableCell cell) =>
        string.Join(' ', cell.Descendants<ParagraphBlock>().Select(p => InlineText.Of(p.Inline))).Trim();

    private static LinkInline? FirstLink(TableCell cell) =>
        cell.Descendants<LinkInline>().FirstOrDefault(l => !l.IsImage);
}
