using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Lists;

public sealed class ListWriterTests
{
    private static readonly MonthlyList March = ListParser.Read(RepoData.March);

    [Theory]
    [InlineData("May")]
    [InlineData("June")]
    [InlineData("small-list.md")]
    public void Render_WhenListHasNoBrokenRows_IsByteIdentical(string name)
    {
        var path = name.EndsWith(".md") ? RepoData.TestData(name) : Path.Combine(RepoData.Folder, $"Top CV Papers in {name} 2023.md");
        var list = ListParser.Read(path);

        var markdown = ListWriter.Render(list);

        var expected = name.EndsWith(".md") ? list.SourceText.Replace("|Segments things\n\n and more things. |", "| Segments things and more things. |") : list.SourceText;
        Assert.Equal(expected, markdown);
    }

    [Fact]
    public void Render_March_ChangesOnlyTheFourCellAndTheSplitRows()
    {
        var source = March.SourceText.Split('\n');

        var written = ListWriter.Render(March).Split('\n');

        string[] expected =
        [
            .. source[..87],
            "| [High-resolution image reconstruction with latent diffusion models from human brain](https://www.biorxiv.org/content/10.1101/2022.11.18.517004v3) | -- | This paper proposes an approach for high-resolution image reconstruction with latent diffusion models from human brain activity. |",
            .. source[88..107],
            "| [NeRFMeshing: Distilling Neural Radiance Fields into Geometrically-Accurate 3D Meshes](https://arxiv.org/abs/2303.09431) | -- | A compact and flexible architecture that enables easy 3D surface reconstruction from any NeRF-driven approach; distills NeRFs into geometrically-accurate 3D meshes. |",
            .. source[110..],
        ];
        Assert.Equal(expected, written);
    }

    [Fact]
    public void Render_March_NormalisedRowsReadBackWellFormedWithTheSamePapers()
    {
        var reread = ListParser.Parse(ListWriter.Render(March), March.File);

        Assert.All(reread.Rows, r => Assert.True(r.IsWellFormed));
        Assert.Equal(March.Papers.Select(p => (p.Title, p.Summary, p.Category)), reread.Papers.Select(p => (p.Title, p.Summary, p.Category)));
    }

    [Fact]
    public void Render_WhenPaperMoves_ItLandsAtTheEndOfItsNewSectionsTable()
    {
        var segmentation = Taxonomy.ByNumber(4);

        var reread = ListParser.Parse(ListWriter.Render(March, [new MovePaper("2303.16203", segmentation)]), March.File);

        var section = reread.SectionFor(segmentation)!;
        Assert.Equal("2303.16203", section.Rows[^1].Paper.ArxivId);
        Assert.Equal(segmentation, section.Rows[^1].Paper.Category);
        Assert.Equal(March.SectionFor(segmentation)!.Rows.Count + 1, section.Rows.Count);
        Assert.DoesNotContain(reread.SectionFor(Taxonomy.ByNumber(1))!.Rows, r => r.Paper.ArxivId == "2303.16203");
        Assert.Equal(March.Papers.Count, reread.Papers.Count);
    }

    [Fact]
    public void Render_WhenPaperMovesIntoSectionEndingInASplitRow_LandsAfterTheJoinedRow()
    {
        var reconstruction = Taxonomy.ByNumber(8);

        var reread = ListParser.Parse(ListWriter.Render(March, [new MovePaper("2303.07280", reconstruction)]), March.File);

        Assert.Equal(["2303.09431", "2303.07280"], reread.SectionFor(reconstruction)!.Rows.TakeLast(2).Select(r => r.Paper.ArxivId));
        Assert.Single(reread.SectionFor(Taxonomy.ByNumber(9))!.Rows);
    }

    [Fact]
    public void Render_WhenTocLinkIsRetargeted_ItResolvesToItsOwnSection()
    {
        var reread = ListParser.Parse(ListWriter.Render(March, [new RetargetTocLink(12)]), March.File);

        Assert.Equal(4, reread.Toc.Single(t => t.Line == 12).Target?.Number);
    }

    [Fact]
    public void Render_WhenLinksAreSwapped_PaperCellLinksArxivAgain()
    {
        var reread = ListParser.Parse(ListWriter.Render(March, [new SwapLinks("2303.04805")]), March.File);

        var paper = reread.Papers.Single(p => p.ArxivId == "2303.04805");
        Assert.Equal("https://arxiv.org/abs/2303.04805", paper.PaperUrl);
        Assert.Equal("https://skype-line.github.io/projects/X-Avatar/", paper.ProjectUrl);
    }

    [Fact]
    public void Render_WhenCategoryHasNoSection_ThrowsNamingTheFile()
    {
        var list = ListParser.Read(RepoData.TestData("small-list.md"));

        var error = Assert.Throws<ArgumentException>(() => ListWriter.Render(list, [new MovePaper("2404.04803", Taxonomy.ByNumber(9))]));

        Assert.StartsWith($"{list.File}: no section with a table for category \"Action Recognition\"", error.Message);
    }
}
