using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>Writes a row back as one well-formed three-cell line, keeping its raw cell Markdown.</summary>
internal static class RowRenderer
{
    public static string Render(ListRow row, bool swapLinks)
    {
        var paper = row.Paper;
        var title = row.Cells[0];
        var project = row.CellCount == ListRow.ExpectedCells ? row.Cells[1] : ProjectCell(paper.ProjectUrl);
        if (swapLinks && paper.PaperUrl is not null && paper.ProjectUrl is not null)
        {
            title = title.Replace($"({paper.PaperUrl})", $"({paper.ProjectUrl})", StringComparison.Ordinal);
            project = ProjectCell(paper.PaperUrl);
        }
        var summary = row.CellCount >= ListRow.ExpectedCells ? row.Cells[^1] : "";
        return $"| {title} | {project} | {(summary == "--" ? "" : summary)} |";
    }

    /// <summary>Whether the rendered row still holds the text of every cell it drops; a row that would lose a cell is left as written.</summary>
    public static bool KeepsEveryCell(ListRow row, string rendered, bool swapLinks) =>
        row.Cells.All(cell => cell.Length == 0 || cell == "--" || rendered.Contains(cell, StringComparison.Ordinal)
            || (swapLinks && IsSwappedLinkCell(row.Paper, cell)));

    // A swap rewrites the cells that hold the two links, so they are carried over as links, not verbatim.
    private static bool IsSwappedLinkCell(Paper paper, string cell) =>
        (paper.PaperUrl is { } a && cell.Contains(a, StringComparison.Ordinal)) || (paper.ProjectUrl is { } b && cell.Contains(b, StringComparison.Ordinal));

    private static string ProjectCell(string? url) => url is null ? "--" : $"[:octocat:]({url})";
}
