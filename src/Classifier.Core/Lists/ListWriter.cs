using Classifier.Core.Files;

namespace Classifier.Core.Lists;

/// <summary>Writes a list back to Markdown: untouched lines verbatim, broken rows normalised, edits spliced in.</summary>
internal static class ListWriter
{
    /// <summary>The list's Markdown after applying the edits and, unless <paramref name="repairRows"/> is false, normalising broken rows.</summary>
    /// <param name="repairRows">False leaves broken rows as they are, except one that is moved (it cannot move in pieces).</param>
    public static string Render(MonthlyList list, IEnumerable<ListEdit>? edits = null, bool repairRows = true)
    {
        var all = edits?.ToList() ?? [];
        var splicer = new LineSplicer(list.SourceText);
        var moves = all.OfType<MovePaper>().GroupBy(m => m.PaperId).ToDictionary(g => g.Key, g => Target(list, g.Last()));
        var swaps = all.OfType<SwapLinks>().Select(s => s.PaperId).ToHashSet();
        foreach (var section in list.Sections)
        {
            foreach (var row in section.Rows)
            {
                if (!IsWhereItWasRead(splicer, row))
                {
                    continue;
                }
                var swap = swaps.Contains(row.Paper.Id);
                var moving = moves.TryGetValue(row.Paper.Id, out var target) && target != section;
                var keep = row.IsWellFormed || !repairRows && !moving;
                var text = keep && !swap ? row.RawText : RowRenderer.Render(row, swap);
                if (!RowRenderer.KeepsEveryCell(row, text, swap))
                {
                    text = row.RawText;
                }
                if (moving)
                {
                    splicer.Replace(row.FirstLine, row.LastLine);
                    splicer.InsertAfter(target!.TableLastLine, text);
                }
                else if (text != row.RawText)
                {
                    splicer.Replace(row.FirstLine, row.LastLine, text);
                }
            }
        }
        foreach (var retarget in all.OfType<RetargetTocLink>())
        {
            Retarget(list, splicer, retarget.Line);
        }
        return splicer.Apply();
    }

    /// <summary>Renders and writes the list safely: to a temp file, then renamed over the target; returns the backup of a replaced file.</summary>
    public static string? Write(MonthlyList list, IEnumerable<ListEdit>? edits, string path, bool repairRows = true) =>
        SafeFileWriter.WriteAllText(path, Render(list, edits, repairRows), keepBackup: true);

    // A row is only rewritten over the very lines it was read from, so a parser's wrong line number cannot hit another line.
    private static bool IsWhereItWasRead(LineSplicer splicer, ListRow row) =>
        row.FirstLine >= 1 && row.LastLine <= splicer.LineCount
        && string.Join('\n', Enumerable.Range(row.FirstLine, row.LastLine - row.FirstLine + 1).Select(splicer.Line)) == row.RawText;

    private static ListSection Target(MonthlyList list, MovePaper move)
    {
        if (list.FindRow(move.PaperId) is null)
        {
            throw new ArgumentException($"{list.File}: no paper \"{move.PaperId}\" to move", nameof(move));
        }
        var section = list.SectionFor(move.Category);
        return section is { TableLine: > 0 }
            ? section
            : throw new ArgumentException($"{list.File}: no section with a table for category \"{move.Category.Name}\" to move \"{move.PaperId}\" into", nameof(move));
    }

    private static void Retarget(MonthlyList list, LineSplicer splicer, int line)
    {
        var entry = list.Toc.FirstOrDefault(t => t.Line == line)
            ?? throw new ArgumentException($"{list.File}:{line}: no contents link on this line", nameof(line));
        var own = list.OwnSectionOf(entry)
            ?? throw new ArgumentException($"{list.File}:{line}: no section named \"{entry.Text}\" to point at", nameof(line));
        splicer.Replace(line, line, splicer.Line(line).Replace(entry.Link, TocLink.Retarget(entry.Link, own), StringComparison.Ordinal));
    }
}
