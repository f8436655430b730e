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
    /// <summary>
    /// Files each paper under its proposed category, most confident first, and reviews the Markdown as <c>review</c> would:
    /// the structural rules and, given <paramref name="findMisfiles"/>, the misfile and out-of-scope checks.
    /// </summary>
    /// <remarks>
    /// The misfile check can disagree with the tagger: it scores a paper the model was trained on by its out-of-fold
    /// probabilities, and it flags a paper whose top category is below that category's confident-learning threshold. A
    /// paper it flags is filed where it proposes, as <c>fix --accept</c> would move it, and marked in doubt between the two.
    /// </remarks>
    public static MonthDraft Draft(IEnumerable<TagResult> results, DraftSettings settings, Func<IReadOnlyList<Paper>, IReadOnlyList<Finding>>? findMisfiles = null)
    {
        var (kept, leftOut) = Sort(results, settings);
        var (text, findings, list) = Review(kept, settings, findMisfiles);
        var moves = Flagged(findings, list, MisfileDetector.RuleId);
        // The review reads a paper the model was trained on by its out-of-fold probabilities, which can say "out of
        // scope" where the final model did not: such a paper is left out as tag would leave it, so the draft passes.
        var outOfScope = Flagged(findings, list, OutOfScopeDetector.RuleId);
        if (moves.Count > 0 || outOfScope.Count > 0)
        {
            leftOut.AddRange(kept.Where(e => outOfScope.ContainsKey(MarkdownCell.LinkTarget(e.Link)))
                .Select(e => new LeftOutPaper(e.Paper, LeftOutReason.NoCategoryFits, $"review reads it as out of scope: {outOfScope[MarkdownCell.LinkTarget(e.Link)].Message}")));
            kept = [.. kept.Where(e => !outOfScope.ContainsKey(MarkdownCell.LinkTarget(e.Link)))
                .Select(e => moves.TryGetValue(MarkdownCell.LinkTarget(e.Link), out var move) && move.Evidence is not null && move.ProposedCategory is not null ? Moved(e, move) : e)];
            (text, findings, _) = Review(kept, settings, findMisfiles);
        }
        var sections = Sections(kept);
        return new MonthDraft(settings.Month, text, sections, leftOut, findings);
    }

    // A finding names the paper as the list reads it, so it is matched to its entry by the row's link.
    private static Dictionary<string, Finding> Flagged(IReadOnlyList<Finding> findings, MonthlyList list, string ruleId) =>
        findings.Where(f => f.RuleId == ruleId)
            .Select(f => (Link: list.Rows.FirstOrDefault(r => r.FirstLine == f.Location.Line)?.Paper.PaperUrl, Flag: f))
            .Where(m => m.Link is not null)
            .DistinctBy(m => m.Link)
            .ToDictionary(m => m.Link!, m => m.Flag);

    private static (List<DraftEntry> Kept, List<LeftOutPaper> LeftOut) Sort(IEnumerable<TagResult> results, DraftSettings settings)
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
        return (kept, leftOut);
    }

    private static (string Text, IReadOnlyList<Finding> Findings, MonthlyList List) Review(
        List<DraftEntry> kept, DraftSettings settings, Func<IReadOnlyList<Paper>, IReadOnlyList<Finding>>? findMisfiles)
    {
        var text = DraftRenderer.Render(settings.Template, Sections(kept));
        var list = ListParser.Parse(text, settings.File);
        var structural = new StructuralReviewer().Review(list, settings.OtherLists);
        var misfiles = findMisfiles?.Invoke(list.Papers) ?? [];
        return (text, [.. structural.Concat(misfiles).OrderByDescending(f => f.Severity)], list);
    }

    // OrderByDescending is stable: papers the model is as sure of keep their input order.
    private static Dictionary<Category, IReadOnlyList<DraftEntry>> Sections(List<DraftEntry> kept) =>
        Taxonomy.Categories.ToDictionary(
            c => c,
            c => (IReadOnlyList<DraftEntry>)[.. kept.Where(e => e.Category == c).OrderByDescending(e => e.Probability)]);

    private static DraftEntry Moved(DraftEntry entry, Finding misfile)
    {
        var evidence = misfile.Evidence!;
        return entry with
        {
            Category = misfile.ProposedCategory!,
            Probability = evidence.ProposedProbability,
            Doubt = new Doubt(entry.Category, evidence.ProposedProbability, evidence.CurrentProbability),
            FiledByReview = true,
        };
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
