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

    private static string ProjectCell(string? url) => url is null ? "--" : $"[:octocat:]({url})";
}
