using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Review;

namespace Classifier.Core.Tests.Lists;

/// <summary>The curator's drafts: headings with a colon or without a number, closing '#'s, the weekly bold-row layout, placeholder rows.</summary>
public sealed class ListParserDraftTests
{
    private static readonly MonthlyList Headings = ListParser.Read(RepoData.TestData("Drafts/colon-headings.md"));
    private static readonly MonthlyList Weekly = ListParser.Read(RepoData.TestData("Drafts/weekly-bold-rows.md"));

    [Fact]
    public void Parse_WhenHeadingsEndWithAColonLackTheNumberOrCloseWithHashes_ReadsTheirCategories()
    {
        Assert.Equal(
            [Taxonomy.Find("Image Recognition"), Taxonomy.Find("Image Segmentation"), Taxonomy.Find("Video Analysis")],
            Headings.Sections.Select(s => s.Category));
        Assert.Equal(["Image Recognition", "Image Segmentation", "Video Analysis"], Headings.Papers.Select(p => p.Category!.Name));
    }

    [Fact]
    public void Parse_WhenARowIsAnEmptyPlaceholder_LeavesItOutOfThePapers()
    {
        Assert.Equal(["A Backbone", "A Segmenter", "A Tracker"], Headings.Papers.Select(p => p.Title));
        Assert.Equal([14], Headings.PlaceholderLines);
    }

    [Fact]
    public void Parse_WhenCategoriesAreBoldRowsInOneTable_FilesEachPaperUnderTheRowAboveIt()
    {
        Assert.Equal(["Image Recognition", "Image Segmentation"], Weekly.Sections.Select(s => s.Heading));
        Assert.Equal(
            [("A Backbone", "Image Recognition"), ("A Segmenter", "Image Segmentation"), ("Another Segmenter", "Image Segmentation")],
            Weekly.Papers.Select(p => (p.Title, p.Category!.Name)));
        Assert.All(Weekly.Rows, r => Assert.Equal(ListRow.ExpectedCells, r.CellCount));
    }

    [Fact]
    public void Review_OfADraft_GivesItsHabitsAsInfoAndNoRowOrSectionErrors()
    {
        var findings = new StructuralReviewer().Review(Headings).Concat(new StructuralReviewer().Review(Weekly)).ToList();

        Assert.DoesNotContain(findings, f => f.RuleId is "unknown-section" or "row-cells" or "duplicate");
        Assert.All(findings.Where(f => f.RuleId is "heading-style" or "placeholder-row"), f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Equal(
            [
                "Heading \"1. Image Recognition:\" ends with a colon.",
                "Heading \"Image Segmentation\" has no number.",
                "Heading \"Video Analysis\" has no number and closes with '#'s.",
                "Heading \"Image Recognition\" is a bold row inside a table.",
                "Heading \"Image Segmentation\" is a bold row inside a table.",
            ],
            findings.Where(f => f.RuleId == "heading-style").Select(f => f.Message));
        Assert.Equal([14, 10], findings.Where(f => f.RuleId == "placeholder-row").Select(f => f.Location.Line));
    }

    [Fact]
    public void Parse_WhenABoldRowHasALink_ReadsItAsAPaper()
    {
        var list = ListParser.Parse("""
            # Top Computer Vision Papers in July 2023

            <h4>1. Image Recognition</h4>

            | Paper | Project Page | Abstract / Short Summary |
            | --- | --- | --- |
            | **[A Bold Paper](https://arxiv.org/abs/2307.00001)** | -- | Bold title. |
            """, "bold-paper.md");

        Assert.Equal(["A Bold Paper"], list.Papers.Select(p => p.Title));
        Assert.Single(list.Sections);
    }
}
