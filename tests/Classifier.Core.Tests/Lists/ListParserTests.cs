using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Lists;

public sealed class ListParserTests
{
    private static readonly MonthlyList Small = ListParser.Read(RepoData.TestData("small-list.md"));

    [Fact]
    public void Parse_WhenLinkIsPdf_ReadsTheArxivId()
    {
        var paper = Small.Papers[0];

        Assert.Equal("2404.04803", paper.ArxivId);
        Assert.Equal("2404.00001", Small.Papers[1].ArxivId);
    }

    [Fact]
    public void Parse_WhenTitleHasHtmlTags_KeepsOnlyTheText()
    {
        Assert.Equal("A Bold Backbone", Small.Papers[0].Title);
    }

    [Fact]
    public void Parse_WhenProjectCellIsDashes_ProjectUrlIsNull()
    {
        Assert.Null(Small.Papers[0].ProjectUrl);
        Assert.Equal("https://example.org/detector", Small.Papers[1].ProjectUrl);
    }

    [Fact]
    public void Parse_WhenSummaryIsEmpty_SummaryIsEmpty()
    {
        Assert.Equal("", Small.Papers[1].Summary);
    }

    [Fact]
    public void Parse_WhenRowSpansLines_JoinsTheSummary()
    {
        var row = Small.Rows.Last();

        Assert.Equal("Segments things and more things.", row.Paper.Summary);
        Assert.Equal((17, 19), (row.FirstLine, row.LastLine));
        Assert.True(row.IsSplit);
    }

    [Fact]
    public void Parse_WhenTocUsesHeadingSlugs_ResolvesEachToItsSection()
    {
        var targets = Small.Toc.Select(t => t.Target?.Category?.Number);

        Assert.Equal([1, 4], targets);
    }

    [Fact]
    public void Parse_ReadsTitleMonthSectionsAndLines()
    {
        Assert.Equal(new Month(2024, 4), Small.Month);
        Assert.Equal([(1, 6), (4, 13)], Small.Sections.Select(s => (s.Number, s.Line)));
        Assert.Equal(new SourceLocation(Small.File, 10), Small.Papers[0].Source);
        Assert.Equal(Taxonomy.ByNumber(4), Small.Papers[2].Category);
    }

    [Fact]
    public void Parse_WhenNoTitleNamesAMonth_TakesItFromTheFileName()
    {
        var list = ListParser.Parse("# Papers\n", "Top CV Papers in July 2023.md");

        Assert.Equal(new Month(2023, 7), list.Month);
    }

    [Fact]
    public void Parse_WhenTextIsEmpty_ReturnsAnEmptyList()
    {
        var list = ListParser.Parse("", "empty.md");

        Assert.Empty(list.Sections);
        Assert.Empty(list.Papers);
    }
}
