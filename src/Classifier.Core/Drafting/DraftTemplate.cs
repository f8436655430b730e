using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Drafting;

/// <summary>What a draft takes from an earlier list, or a neutral default: title, intro text and the contents links' page.</summary>
/// <param name="Page">The page the contents links point at, before the <c>#:~:text=</c> fragment.</param>
internal sealed record DraftTemplate(string Title, string Intro, string Page)
{
    /// <summary>The file name a list of the month gets by the curator's convention.</summary>
    public static string FileNameFor(Month month) => $"Top CV Papers in {month}.md";

    /// <summary>A plain title and intro, with contents links relative to the list's own file.</summary>
    public static DraftTemplate Neutral(Month month, string fileName) => new(
        $"Top Computer Vision Papers in {month}",
        $"This list collects notable computer vision papers released in {month}, with a short note on what each one does. "
        + "The papers are grouped into these 9 categories:",
        Uri.EscapeDataString(fileName));

    /// <summary>An earlier list's title, intro and link page, its month replaced by the draft's; neutral where it has none.</summary>
    public static DraftTemplate From(MonthlyList earlier, Month month, string fileName)
    {
        var neutral = Neutral(month, fileName);
        var was = earlier.Month;
        string Renamed(string text) => was is { } m ? text.Replace(m.ToString(), month.ToString(), StringComparison.Ordinal) : text;
        var intro = IntroOf(earlier);
        var page = earlier.Toc.Count > 0 ? PageFor(TocLink.PageOf(earlier.Toc[0].Link), was, month, fileName) : neutral.Page;
        return new DraftTemplate(
            was is null ? neutral.Title : Renamed(earlier.Title),
            intro.Length == 0 ? neutral.Intro : Renamed(intro),
            page);
    }

    // The prose between the title and the contents list (or the first section when there is no contents list).
    private static string IntroOf(MonthlyList list)
    {
        var lines = list.SourceText.Replace("\r", "").Split('\n');
        var title = Array.FindIndex(lines, l => l.StartsWith("# ", StringComparison.Ordinal));
        var end = list.Toc.Count > 0 ? list.Toc[0].Line - 1 : list.Sections.Count > 0 ? list.Sections[0].Line - 1 : lines.Length;
        return title < 0 || end <= title + 1 ? "" : string.Join('\n', lines[(title + 1)..end]).Trim();
    }

    // The earlier list's page with its month swapped for the draft's, else the same folder with the draft's file name.
    private static string PageFor(string page, Month? was, Month month, string fileName)
    {
        if (was is { } m)
        {
            foreach (var (old, @new) in new[] { (Uri.EscapeDataString(m.ToString()), Uri.EscapeDataString(month.ToString())), (m.ToString(), month.ToString()) })
            {
                if (page.Contains(old, StringComparison.Ordinal))
                {
                    return page.Replace(old, @new, StringComparison.Ordinal);
                }
            }
        }
        var slash = page.LastIndexOf('/');
        return slash < 0 ? Uri.EscapeDataString(fileName) : page[..(slash + 1)] + Uri.EscapeDataString(fileName);
    }
}
