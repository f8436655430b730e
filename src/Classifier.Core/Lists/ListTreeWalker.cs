using System.Text.RegularExpressions;
using Classifier.Core.Papers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classifier.Core.Lists;

/// <summary>Walks the top-level blocks of a parsed list, collecting title, table of contents, sections, rows and document text.</summary>
internal sealed partial class ListTreeWalker(string file, string markdown)
{
    private readonly string[] _lines = markdown.Split('\n');
    private readonly List<SectionDraft> _sections = [];
    private readonly List<(string Text, string Link, int Line)> _toc = [];
    private readonly List<int> _placeholders = [];
    private readonly DocumentText _document = new();
    private string? _title;
    private bool _afterTable;

    public void Visit(Block block)
    {
        switch (block)
        {
            case HeadingBlock { Level: 1 } heading when _title is null:
                _title = InlineText.Of(heading.Inline);
                _document.Add(_title, CurrentSection);
                break;
            case HeadingBlock heading:
                StartSection(InlineText.Of(heading.Inline), heading.Line + 1);
                break;
            case HtmlBlock html when HtmlHeading().IsMatch(RawText(html)):
                StartSection(InlineText.OfHtml(RawText(html)), html.Line + 1);
                break;
            case Table table:
                ReadTable(table);
                break;
            case ParagraphBlock paragraph when _afterTable && TryContinueRow(paragraph):
                break;
            case ListBlock list when _sections.Count == 0:
                ReadToc(list);
                break;
            default:
                AddText(block);
                break;
        }
        _afterTable = block is Table;
    }

    public MonthlyList Build()
    {
        var sections = _sections.Select(s => s.Freeze()).ToList();
        var toc = _toc.Select(t => new TocEntry(t.Text, t.Link, TocTargetResolver.Resolve(t.Link, sections, _document), t.Line)).ToList();
        var title = _title ?? Path.GetFileNameWithoutExtension(file);
        var month = Month.FindIn(title) ?? Month.FindIn(Path.GetFileName(file));
        return new MonthlyList(file, title, month, toc, sections, markdown) { PlaceholderLines = [.. _placeholders] };
    }

    private int CurrentSection => _sections.Count - 1;

    private void StartSection(string heading, int line)
    {
        _sections.Add(new SectionDraft(_sections.Count + 1, heading, line));
        _document.Add(heading, CurrentSection);
    }

    private void ReadToc(ListBlock list)
    {
        foreach (var link in list.Descendants<LinkInline>().Where(l => !l.IsImage))
        {
            _toc.Add((InlineText.Of(link), link.Url ?? "", link.Line + 1));
        }
        AddText(list);
    }

    private void ReadTable(Table table)
    {
        var tableLine = table.Line + 1;
        foreach (var row in table.Cast<TableRow>())
        {
            var cells = row.Cast<TableCell>().ToList();
            // Markdig gives an empty row ('||') line 0, before the table; it holds no paper and its line is not its own.
            var isBody = !row.IsHeader && row.Line > table.Line;
            if (isBody && DraftRows.CategoryOf(cells) is { } heading)
            {
                // The weekly layout: one table, each category a bold row. The section's "table" starts at that row.
                StartSection(heading, row.Line + 1);
                _sections[^1].TableLine = row.Line;
                continue;
            }
            _document.Add(string.Join(' ', cells.Select(RowReader.TextOf)), CurrentSection);
            if (isBody && DraftRows.IsPlaceholder(cells))
            {
                _placeholders.Add(row.Line + 1);
            }
            else if (isBody)
            {
                SectionOfTable(tableLine).Rows.Add(RowReader.Read(row, Line(row.Line), _sections[^1].Category, file));
            }
        }
        SectionOfTable(tableLine);
    }

    // The section a table's rows go to: the one open (a table without a heading above it opens one of its own).
    private SectionDraft SectionOfTable(int tableLine)
    {
        if (_sections.Count == 0)
        {
            StartSection("", tableLine);
        }
        var section = _sections[^1];
        section.TableLine = section.TableLine == 0 ? tableLine : section.TableLine;
        return section;
    }

    // A pipe table ends at a blank line, so the tail of a row split over lines arrives as a paragraph ending in '|'.
    private bool TryContinueRow(ParagraphBlock paragraph)
    {
        var raw = RawText(paragraph).Trim();
        var last = _sections.Count > 0 && _sections[^1].Rows.Count > 0 ? _sections[^1].Rows[^1] : null;
        if (last is null || last.RawText.Split('\n')[0].TrimEnd().EndsWith('|') || !raw.EndsWith('|') || RawCells.Split(raw).Count > 1)
        {
            return false;
        }
        var tail = RawCells.Split(raw)[0];
        var lastLine = paragraph.Line + raw.Split('\n').Length;
        var rows = _sections[^1].Rows;
        rows[^1] = last with
        {
            Paper = last.Paper with { Summary = InlineText.Collapse($"{last.Paper.Summary} {tail}") },
            LastLine = lastLine,
            Cells = [.. last.Cells.SkipLast(1), InlineText.Collapse($"{last.Cells[^1]} {tail}")],
            RawText = string.Join('\n', Enumerable.Range(last.FirstLine, lastLine - last.FirstLine + 1).Select(n => Line(n - 1))),
        };
        _document.Add(tail, CurrentSection);
        return true;
    }

    private void AddText(Block block)
    {
        var text = block switch
        {
            LeafBlock { Inline: not null } leaf => InlineText.Of(leaf.Inline),
            HtmlBlock html => InlineText.OfHtml(RawText(html)),
            ContainerBlock container => string.Join(' ', container.Descendants<LeafBlock>().Select(l => InlineText.Of(l.Inline))),
            _ => "",
        };
        _document.Add(text, CurrentSection);
    }

    // Markdig empties a paragraph's Lines once its inlines are parsed, so raw text comes from the source span.
    private string RawText(Block block) => block.Span.IsEmpty ? "" : markdown.Substring(block.Span.Start, block.Span.Length);

    private string Line(int zeroBased) => zeroBased < _lines.Length ? _lines[zeroBased].TrimEnd('\r') : "";

    [GeneratedRegex(@"^\s*<h[1-6]\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlHeading();
}
