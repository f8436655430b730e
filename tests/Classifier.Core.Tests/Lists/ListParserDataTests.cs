using Classifier.Core.Lists;

namespace Classifier.Core.Tests.Lists;

public sealed class ListParserDataTests
{
    private static readonly MonthlyList March = ListParser.Read(RepoData.March);

    [Theory]
    [InlineData("March", 48)]
    [InlineData("May", 70)]
    [InlineData("June", 60)]
    public void Read_RealList_FindsNineCategorySectionsAndEveryPaper(string month, int papers)
    {
        var list = ListParser.Read(Path.Combine(RepoData.Folder, $"Top CV Papers in {month} 2023.md"));

        Assert.Equal(Enumerable.Range(1, 9), list.Sections.Select(s => s.Category?.Number ?? 0));
        Assert.Equal(papers, list.Papers.Count);
        Assert.Equal(9, list.Toc.Count);
    }

    [Fact]
    public void Read_March_JoinsTheNeRFMeshingRowSplitOverThreeLines()
    {
        var row = March.Rows.Single(r => r.Paper.ArxivId == "2303.09431");

        Assert.Equal((108, 110), (row.FirstLine, row.LastLine));
        Assert.EndsWith("distills NeRFs into geometrically-accurate 3D meshes.", row.Paper.Summary);
    }

    [Fact]
    public void Read_March_RecoversTheSummaryOfTheFourCellBrainRow()
    {
        var row = March.Rows.Single(r => r.Paper.Title.EndsWith("from human brain", StringComparison.Ordinal));

        Assert.Equal(4, row.CellCount);
        Assert.Equal(88, row.FirstLine);
        Assert.StartsWith("This paper proposes an approach", row.Paper.Summary);
        Assert.Null(row.Paper.ProjectUrl);
    }

    [Fact]
    public void Read_March_ResolvesTheNbspGansLinkAndTheMisdirectedSegmentationLink()
    {
        var targets = March.Toc.Select(t => t.Target?.Number);

        Assert.Equal([1, 2, 3, 6, 5, 6, 7, 8, 9], targets);
    }

    [Fact]
    public void Read_June_DropsHtmlTagsFromTitles()
    {
        var list = ListParser.Read(RepoData.June);

        Assert.Contains(list.Papers, p => p.Title == "A-STAR: Test-Time Attention Segregation and Retention for Text-to-Image Synthesis");
    }
}
