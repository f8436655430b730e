using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classifier.Core.Lists;

/// <summary>Table rows of a draft that hold no paper: a category written as a bold row, a placeholder left empty.</summary>
internal static class DraftRows
{
    /// <summary>The heading a row stands for when its first cell is all bold and the others are empty ('| **Image Recognition** | | |'); else null.</summary>
    public static string? CategoryOf(IReadOnlyList<TableCell> cells)
    {
        if (cells.Count == 0 || cells.Skip(1).Any(c => RowReader.TextOf(c).Length > 0))
        {
            return null;
        }
        var inlines = cells[0].Descendants<ParagraphBlock>().SelectMany(p => p.Inline ?? Enumerable.Empty<Inline>()).ToList();
        var content = inlines.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        return content is [EmphasisInline { DelimiterCount: 2 } bold] && !bold.Descendants<LinkInline>().Any()
            ? InlineText.Of(bold) is { Length: > 0 } text ? text : null
            : null;
    }

    /// <summary>Whether no cell holds any text or link target ('| []() | | |', '| | | |').</summary>
    public static bool IsPlaceholder(IReadOnlyList<TableCell> cells) =>
        cells.All(c => RowReader.TextOf(c).Length == 0 && c.Descendants<LinkInline>().All(l => string.IsNullOrWhiteSpace(l.Url)));
}
