using System.Globalization;
using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Review.Rules;
using Classifier.Core.Tagging;

namespace Classifier.Core.Drafting;

/// <summary>Turns tagged incoming papers into a month's list, leaving out what does not belong, and reviews the result.</summary>
internal static class ListDrafter
{
    /// <summary>Files each paper under its proposed category, most confident first, and reviews the Markdown with the structural rules.</summary>
    public static MonthDraft Draft(IEnumerable<TagResult> results, DraftSettings settings)
    {
        var seen = new List<Paper>();
        var earlier = settings.OtherLists.SelectMany(l => l.Papers).ToList();
        var kept = new List<DraftEntry>();
        var leftOut = new List<LeftOutPaper>();
        foreach (var result in results)
        {
            var paper = result.Paper;
            var link = LinkOf(paper);
            var reason = WhyLeftOut(result, link, settings.Month, seen, earlier);
            seen.Add(paper);
            if (reason is not null)
            {
                leftOut.Add(reason);
                continue;
            }
            kept.Add(new DraftEntry(paper, result.Proposed!, result.Confidence, link!, DoubtRule.Find(result)));
        }
        // OrderByDescending is stable: papers the model is as sure of keep their input order.
        var sections = Taxonomy.Categories.ToDictionary(
            c => c,
            c => (IReadOnlyList<DraftEntry>)[.. kept.Where(e => e.Category == c).OrderByDescending(e => e.Probability)]);
        var text = DraftRenderer.Render(settings.Template, sections);
        var findings = new StructuralReviewer().Review(ListParser.Parse(text, settings.File), settings.OtherLists);
        return new MonthDraft(settings.Month, text, sections, leftOut, findings);
    }

    /// <summary>The link a paper's row points at: its arXiv abstract page, else the paper link it came with.</summary>
    public static string? LinkOf(Paper paper) =>
        ArxivIds.FromText(paper.ArxivId) is { } id ? $"https://arxiv.org/abs/{id}"
        : Uri.TryCreate(paper.PaperUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? paper.PaperUrl
        : null;

    private static LeftOutPaper? WhyLeftOut(TagResult result, string? link, Month month, List<Paper> seen, List<Paper> earlier)
    {
        var paper = result.Paper;
        if (OtherMonthRule.IsFromAnotherMonth(ArxivIds.FromText(paper.ArxivId), month, out var posted))
        {
            return new(paper, LeftOutReason.OtherMonth, $"arXiv {paper.ArxivId} is from {posted}, not {month} or the month before");
        }
        if (seen.FirstOrDefault(p => PaperKey.Same(p, paper)) is { } first)
        {
            return new(paper, LeftOutReason.Duplicate, $"the same paper as {first.Source}");
        }
        if (earlier.FirstOrDefault(p => PaperKey.Same(p, paper)) is { } listed)
        {
            return new(paper, LeftOutReason.AlreadyListed, $"already listed at {listed.Source}");
        }
        if (result.NoCategoryFits)
        {
            var top = result.Ranked[0];
            return new(paper, LeftOutReason.NoCategoryFits, $"no category fits (top: {top.Category.Name} p={top.Probability.ToString("0.00", CultureInfo.InvariantCulture)})");
        }
        return link is null ? new(paper, LeftOutReason.NoLink, "no arXiv id or paper link for its row to point at") : null;
    }
}
