using Classifier.Core.Drafting;
using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Tagging;
using static Classifier.Core.Tests.Drafting.DraftSamples;

namespace Classifier.Core.Tests.Drafting;

public sealed class ListDrafterTests
{
    private static readonly Month October = new(2023, 10);

    private static DraftSettings Settings(IReadOnlyList<MonthlyList>? otherLists = null, DraftTemplate? template = null) =>
        new(October, "Top CV Papers in October 2023.md", template ?? DraftTemplate.Neutral(October, "Top CV Papers in October 2023.md"), otherLists ?? []);

    private static readonly TagResult[] Month =
    [
        Result("2310.00001", "A Less Sure Detector", 1, 0.55, "Detects objects.", line: 1),
        Result("2310.00002", "A Sure Backbone", 1, 0.95, "A backbone.", line: 2),
        Result("2310.00003", "Single Image to 3D", 7, 0.56, "Makes 3D from one image.", second: 8, p2: 0.38, alsoFits: true, line: 3),
        Result("2309.00004", "A Late September Tracker", 5, 0.80, "", line: 4),
        Result("2310.00005", "A Segmenter", 4, 0.90, "Segments.", line: 5),
    ];

    [Fact]
    public void Draft_WritesTheNineSectionsInTaxonomyOrder_EachPaperUnderItsCategory_MostConfidentFirst()
    {
        var draft = ListDrafter.Draft(Month, Settings());

        var list = ListParser.Parse(draft.Text, "Top CV Papers in October 2023.md");
        Assert.Equal("Top Computer Vision Papers in October 2023", list.Title);
        Assert.Equal(October, list.Month);
        Assert.Equal(Taxonomy.Categories, list.Sections.Select(s => s.Category));
        Assert.Equal(["A Sure Backbone", "A Less Sure Detector"], list.SectionFor(Taxonomy.ByNumber(1))!.Rows.Select(r => r.Paper.Title));
        Assert.Equal("A Late September Tracker", Assert.Single(list.SectionFor(Taxonomy.ByNumber(5))!.Rows).Paper.Title);
        Assert.Equal(5, list.Rows.Count());
        Assert.All(list.Rows, r => Assert.True(r.IsWellFormed));
        Assert.Equal("https://arxiv.org/abs/2310.00002", list.FindRow("2310.00002")!.Paper.PaperUrl);
    }

    [Fact]
    public void Draft_ContentsLinks_ResolveToTheirOwnSections()
    {
        var draft = ListDrafter.Draft(Month, Settings());

        var list = ListParser.Parse(draft.Text, "draft.md");
        Assert.Equal(9, list.Toc.Count);
        foreach (var entry in list.Toc)
        {
            var target = TocTargetResolver.Resolve(entry.Link, list.Sections, DocumentOf(list));
            Assert.NotNull(target);
            Assert.Equal(list.OwnSectionOf(entry), target);
            Assert.Equal(target, entry.Target);
            Assert.Contains("#:~:text=", entry.Link);
        }
    }

    [Fact]
    public void Draft_OfAPaperInDoubt_FilesItUnderItsTopCategory_WithACommentTheRenderedCellHides()
    {
        var draft = ListDrafter.Draft(Month, Settings());

        var row = ListParser.Parse(draft.Text, "draft.md").FindRow("2310.00003")!;
        Assert.Equal(Taxonomy.ByNumber(7), row.Paper.Category);
        Assert.EndsWith("| Makes 3D from one image. <!-- in doubt: Text to Image Generation p=0.56, or Image & Video Reconstruction p=0.38 --> |", row.RawText);
        Assert.Equal("Makes 3D from one image.", row.Paper.Summary);
    }

    [Fact]
    public void Draft_LeavesOutWhatDoesNotBelong_WithTheReason()
    {
        var earlier = ListParser.Parse(
            "# Top CV Papers in September 2023\n\n<h4>1. Image Recognition</h4>\n\n| Paper | Project | Summary |\n| - | - | - |\n| [Listed Before](https://arxiv.org/abs/2309.11111) | -- | x |\n",
            "september.md");
        TagResult[] results =
        [
            .. Month,
            Result("2310.00006", "Adversarial Patches on Lidar", 10, 0.90, none: true, line: 6),
            Result("2304.02643", "Segment Anything", 4, 0.99, line: 7),
            Result("2310.00002", "A Sure Backbone (again)", 1, 0.95, line: 8),
            Result("2309.11111", "Listed Before", 1, 0.90, line: 9),
            Result("W123", "A Paper Without A Link", 1, 0.90, line: 10),
        ];

        var draft = ListDrafter.Draft(results, Settings([earlier]));

        Assert.Equal(
            [LeftOutReason.NoCategoryFits, LeftOutReason.OtherMonth, LeftOutReason.Duplicate, LeftOutReason.AlreadyListed, LeftOutReason.NoLink],
            draft.LeftOut.Select(l => l.Reason));
        Assert.Contains("from April 2023", draft.LeftOut[1].Detail);
        Assert.Equal("the same paper as in.jsonl:2", draft.LeftOut[2].Detail);
        Assert.Equal("already listed at september.md:7", draft.LeftOut[3].Detail);
        Assert.Equal(5, draft.Entries.Count());
        Assert.Empty(draft.Blocking);
    }

    [Fact]
    public void Draft_EscapesPipesAndNewlines_SoEachRowKeepsThreeCells()
    {
        TagResult[] results = [Result("2310.00009", "Pipes | in [a] title", 2, 0.9, "Cost | accuracy\ntrade-off with `code`.")];

        var draft = ListDrafter.Draft(results, Settings());

        var row = Assert.Single(ListParser.Parse(draft.Text, "draft.md").Rows);
        Assert.Equal(3, row.CellCount);
        Assert.Equal("Pipes | in [a] title", row.Paper.Title);
        Assert.Equal("Cost | accuracy trade-off with `code`.", row.Paper.Summary);
    }

    [Fact]
    public void Draft_TrimsALongAbstract_AndLeavesAMissingSummaryEmpty()
    {
        TagResult[] results =
        [
            Result("2310.00010", "Long", 2, 0.9, "Models are slow. We prune them. Pruning keeps accuracy. Code is public."),
            Result("2310.00011", "Empty", 2, 0.8),
        ];

        var list = ListParser.Parse(ListDrafter.Draft(results, Settings()).Text, "draft.md");

        Assert.Equal("Models are slow. We prune them.", list.FindRow("2310.00010")!.Paper.Summary);
        Assert.EndsWith("| -- |  |", list.FindRow("2310.00011")!.RawText);
    }

    [Fact]
    public void Draft_HasNoErrorOrWarningOfItsOwn_AndFixChangesNothing()
    {
        var draft = ListDrafter.Draft(Month, Settings());

        Assert.Empty(draft.Blocking);
        Assert.All(draft.Findings, f => Assert.Equal("missing-summary", f.RuleId));
        var list = ListParser.Parse(draft.Text, "draft.md");
        var fix = ListFixer.Fix(new ListReview(list, draft.Findings, CheckedMisfiles: false), new FixSelection(new HashSet<string>(), null));
        Assert.False(fix.HasChanges);
        Assert.Equal(draft.Text, fix.FixedText);
    }

    [Fact]
    public void Draft_WhenTheTemplatesIntroCatchesAContentsLink_HasTheReviewsError()
    {
        var template = DraftTemplate.Neutral(October, "draft.md") with { Intro = "Read 1. Image Recognition first." };

        var draft = ListDrafter.Draft(Month, Settings(template: template));

        var blocking = Assert.Single(draft.Blocking);
        Assert.Equal("toc-target", blocking.RuleId);
    }

    [Fact]
    public void Draft_OfAPaperTheMisfileCheckFlags_FilesItWhereTheCheckProposes_InDoubtWithTheTaggersCategory()
    {
        var misfileCalls = 0;
        IReadOnlyList<Finding> FlagTheDetector(IReadOnlyList<Paper> papers)
        {
            misfileCalls++;
            return [.. papers.Where(p => p.Id == "2310.00001" && p.Category == Taxonomy.ByNumber(1)).Select(p => new Finding(
                MisfileDetector.RuleId, Severity.Warning, p.Source, "reads as optimization", "move it", 0.7, p.Id, Taxonomy.ByNumber(2),
                new MisfileEvidence("Image Recognition", 0.30, "Vision Model Optimization", 0.45, new Dictionary<string, double>(), [])))];
        }

        var draft = ListDrafter.Draft(Month, Settings(), FlagTheDetector);

        var row = ListParser.Parse(draft.Text, "draft.md").FindRow("2310.00001")!;
        Assert.Equal(Taxonomy.ByNumber(2), row.Paper.Category);
        Assert.Contains("<!-- in doubt: Vision Model Optimization p=0.45, or Image Recognition p=0.30 -->", row.RawText);
        Assert.True(draft.Entries.Single(e => e.Paper.Id == "2310.00001").FiledByReview);
        Assert.Equal(2, misfileCalls);
        Assert.Empty(draft.Blocking);
    }

    [Fact]
    public void Draft_OfAFlaggedPaperWithoutAnArxivId_FindsItByItsLink()
    {
        var paper = new Paper { Title = "An OpenReview Paper", ArxivId = "W9", PaperUrl = "https://openreview.net/forum?id=abc", Summary = "x.", Source = new SourceLocation("in.csv", 2) };
        TagResult[] results = [new(paper, [new(Taxonomy.ByNumber(1), 0.5), new(Taxonomy.ByNumber(4), 0.4)], false, [])];
        IReadOnlyList<Finding> Flag(IReadOnlyList<Paper> papers) =>
            [.. papers.Where(p => p.Category == Taxonomy.ByNumber(1)).Select(p => new Finding(
                MisfileDetector.RuleId, Severity.Warning, p.Source, "reads as segmentation", "move it", 0.7, p.Id, Taxonomy.ByNumber(4),
                new MisfileEvidence("Image Recognition", 0.4, "Image Segmentation", 0.5, new Dictionary<string, double>(), [])))];

        var draft = ListDrafter.Draft(results, Settings(), Flag);

        var row = Assert.Single(ListParser.Parse(draft.Text, "draft.md").Rows);
        Assert.Equal(Taxonomy.ByNumber(4), row.Paper.Category);
        Assert.Equal("https://openreview.net/forum?id=abc", row.Paper.PaperUrl);
        Assert.Empty(draft.Blocking);
    }

    private static DocumentText DocumentOf(MonthlyList list)
    {
        // The resolver reads the document text the parser builds; rebuilding it from the parsed list proves the same link.
        var document = new DocumentText();
        document.Add(list.Title, -1);
        for (var i = 0; i < list.Sections.Count; i++)
        {
            document.Add(list.Sections[i].Heading, i);
        }
        return document;
    }

    [Fact]
    public void Draft_OfAPaperTheOutOfScopeCheckFlags_LeavesItOutAsNoCategoryFits_AndPassesItsReview()
    {
        IReadOnlyList<Finding> FlagTheSegmenter(IReadOnlyList<Paper> papers) =>
            [.. papers.Where(p => p.Id == "2310.00005").Select(p => new Finding(
                OutOfScopeDetector.RuleId, Severity.Warning, p.Source, "no category fits it", "remove it", 0.4, p.Id))];

        var draft = ListDrafter.Draft(Month, Settings(), FlagTheSegmenter);

        var list = ListParser.Parse(draft.Text, "draft.md");
        Assert.Null(list.FindRow("2310.00005"));
        var left = Assert.Single(draft.LeftOut, l => l.Paper.Id == "2310.00005");
        Assert.Equal(LeftOutReason.NoCategoryFits, left.Reason);
        Assert.Contains("review reads it as out of scope", left.Detail);
        Assert.Empty(draft.Blocking);
        Assert.Equal(4, list.Rows.Count());
    }
}
