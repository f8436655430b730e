using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Papers.Inputs;

/// <summary>Exports from arXiv, Semantic Scholar and Zotero, as each names its columns.</summary>
public sealed class PaperFieldsTests
{
    [Theory]
    [InlineData("id,title,abstract,authors")]
    [InlineData("ID,Title,Abstract,Authors")]
    [InlineData("id,title,description,authors")]
    [InlineData("Key,Title,Abstract Note,Author")]
    public void Read_WhenTheSummaryColumnIsNamedAsExportersNameIt_ReadsTheAbstract(string header)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("export.csv", $"{header}\n2303.16203,A Classifier,Diffusion models classify zero-shot.,Li\n");
        var warnings = new List<string>();

        var paper = Assert.Single(DelimitedPaperReader.Csv.Read(path, warnings.Add));

        Assert.Equal("Diffusion models classify zero-shot.", paper.Summary);
        var warning = Assert.Single(warnings);
        Assert.StartsWith($"{path}: ignoring field", warning);
        Assert.Contains("'Author", warning, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_WhenSeveralColumnsAreUnknown_WarnsOnceNamingThemAll()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("s2.csv", "paperId,title,abstract,year,venue\nabc,A,B,2023,CVPR\ndef,C,D,2023,ICCV\n");
        var warnings = new List<string>();

        var papers = DelimitedPaperReader.Csv.Read(path, warnings.Add).ToList();

        Assert.Equal(2, papers.Count);
        Assert.Equal($"{path}: ignoring fields 'year', 'venue' (a paper is read from {PaperFields.Known})", Assert.Single(warnings));
    }

    [Fact]
    public void Read_WhenNoIdColumn_LeavesTheIdMissingRatherThanTheTitle()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("no-id.csv", "title,summary\nA Detector,Detects.\n");

        var paper = Assert.Single(DelimitedPaperReader.Csv.Read(path));

        Assert.Null(paper.ArxivId);
    }

    [Fact]
    public void Read_WhenOnlyTheUrlNamesTheArxivId_TakesTheIdFromIt()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("zotero.csv", "Title,Url\nSegment Anything,https://arxiv.org/abs/2304.02643v1\n");
        var warnings = new List<string>();

        var paper = Assert.Single(DelimitedPaperReader.Csv.Read(path, warnings.Add));

        Assert.Equal("2304.02643", paper.ArxivId);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Read_JsonLinesWithAbstractAndUnknownKeys_ReadsTheAbstractAndWarnsOnce()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("arxiv.jsonl",
            "{\"id\": \"2303.16203\", \"title\": \"A\", \"abstract\": \"First.\", \"authors\": \"Li\", \"categories\": [\"cs.CV\"]}\n"
            + "{\"id\": 2304.02643, \"title\": \"B\", \"abstract\": \"Second.\", \"authors\": \"Kirillov\"}\n");
        var warnings = new List<string>();

        var papers = JsonLinesPaperReader.Instance.Read(path, warnings.Add).ToList();

        Assert.Equal(["First.", "Second."], papers.Select(p => p.Summary));
        Assert.Equal(["2303.16203", "2304.02643"], papers.Select(p => p.ArxivId));
        Assert.Equal($"{path}: ignoring fields 'authors', 'categories' (a paper is read from {PaperFields.Known})", Assert.Single(warnings));
    }

    [Fact]
    public void Read_JsonLinesWhenTheTitleIsNotAString_ThrowsNamingTheField()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bad.jsonl", "{\"title\": [\"A\"]}\n");

        var error = Assert.Throws<InputException>(() => JsonLinesPaperReader.Instance.Read(path).ToList());

        Assert.Equal($"{path}:1: \"title\" is an array, expected a string", error.Message);
    }

    [Fact]
    public void Read_JsonLinesWhenTheTitleIsANumber_ThrowsNamingTheField()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("number.jsonl", "{\"title\": 5}\n");

        var error = Assert.Throws<InputException>(() => JsonLinesPaperReader.Instance.Read(path).ToList());

        Assert.Equal($"{path}:1: \"title\" is a number, expected a string", error.Message);
    }

    [Fact]
    public void Read_JsonLinesWithALoneSurrogate_RefusesItInATitleAndIgnoresItElsewhere()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("surrogate.jsonl", "{\"title\": \"A\", \"note\": \"\\ud83d\"}\n{\"title\": \"B \\ud83d\"}\n");

        using var papers = JsonLinesPaperReader.Instance.Read(path).GetEnumerator();

        Assert.True(papers.MoveNext());
        Assert.Equal("A", papers.Current.Title);
        var error = Assert.Throws<InputException>(() => papers.MoveNext());
        Assert.StartsWith($"{path}:2: \"title\" holds a \\u escape", error.Message);
    }

    [Fact]
    public void Read_JsonLinesWhenAStringLooksLikeJson_KeepsItAsText()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("text.jsonl", "{\"title\": \"[Oral] true\", \"summary\": \"{braces}\"}\n");

        var paper = Assert.Single(JsonLinesPaperReader.Instance.Read(path));

        Assert.Equal("[Oral] true", paper.Title);
        Assert.Equal("{braces}", paper.Summary);
    }

    [Fact]
    public void Read_AtomEntryWithContentButNoSummary_ReadsTheContent()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("feed.atom", """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>t</title><id>urn:feed</id><updated>2023-03-01T00:00:00Z</updated>
              <entry>
                <id>http://arxiv.org/abs/2303.16203v1</id><title>A Classifier</title><updated>2023-03-01T00:00:00Z</updated>
                <content type="text">Diffusion models classify zero-shot.</content>
              </entry>
            </feed>
            """);

        var paper = Assert.Single(AtomPaperReader.Instance.Read(path));

        Assert.Equal("Diffusion models classify zero-shot.", paper.Summary);
    }
}
